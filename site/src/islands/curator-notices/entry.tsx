import { mount } from "../common/mount.tsx";
import { CuratorNoticesPage } from "./CuratorNoticesPage.tsx";

mount(<CuratorNoticesPage />);
