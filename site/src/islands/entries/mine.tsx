import { mount } from "../mount.tsx";
import { MinePage } from "../mine/MinePage.tsx";

mount(<MinePage />);
