import { mount } from "../mount.tsx";
import { ResultsDuePage } from "../curator/ResultsDuePage.tsx";

mount(<ResultsDuePage />);
