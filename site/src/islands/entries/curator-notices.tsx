import { mount } from "../mount.tsx";
import { CuratorNoticesPage } from "../curator/CuratorNoticesPage.tsx";

mount(<CuratorNoticesPage />);
