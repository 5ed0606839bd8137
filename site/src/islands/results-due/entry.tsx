import { mount } from "../common/mount.tsx";
import { ResultsDuePage } from "./ResultsDuePage.tsx";

mount(<ResultsDuePage />);
