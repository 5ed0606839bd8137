import { mount } from "../mount.tsx";
import { MethodsPage } from "../curator/MethodsPage.tsx";

mount(<MethodsPage />);
