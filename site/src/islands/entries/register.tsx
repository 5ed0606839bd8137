import { mount } from "../mount.tsx";
import { RegisterPage } from "../register/RegisterPage.tsx";

mount(<RegisterPage />);
