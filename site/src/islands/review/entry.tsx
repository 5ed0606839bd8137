import { mount } from "../common/mount.tsx";
import { ReviewPage } from "./ReviewPage.tsx";

mount(<ReviewPage />);
