import { mount } from "../common/mount.tsx";
import { MinePage } from "./MinePage.tsx";

mount(<MinePage />);
