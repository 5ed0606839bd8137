import { MenuHamburgerIcon } from "@navikt/aksel-icons";
import { Button } from "@navikt/ds-react";

/**
 * The phone menu's button: Aksel's Button drawn as the `<summary>` of a `<details>`, so the menu opens
 * without any script. The summary keeps its own role (a disclosure that tells whether it is open).
 */
export function MenuButton() {
  return (
    <Button as="summary" role={undefined} variant="secondary-neutral" size="small" icon={<MenuHamburgerIcon aria-hidden />} className="utp-menu__button">
      Meny
    </Button>
  );
}
