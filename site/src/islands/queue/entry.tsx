import { mount } from "../common/mount.tsx";
import { QueuePage } from "./QueuePage.tsx";

mount(<QueuePage />);
