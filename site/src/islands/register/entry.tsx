import { mount } from "../common/mount.tsx";
import { RegisterPage } from "./RegisterPage.tsx";

mount(<RegisterPage />);
