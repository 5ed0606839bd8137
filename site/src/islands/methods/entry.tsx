import { mount } from "../common/mount.tsx";
import { MethodsPage } from "./MethodsPage.tsx";

mount(<MethodsPage />);
