import { mount } from "../mount.tsx";
import { ReviewPage } from "../curator/ReviewPage.tsx";

mount(<ReviewPage />);
