import { mount } from "../mount.tsx";
import { QueuePage } from "../curator/QueuePage.tsx";

mount(<QueuePage />);
