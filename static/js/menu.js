/* The header's menu button on phones (templates/base.html, static/css/site.css §4).
   Loaded in <head> without `defer`: marking the document with `js` before the body is drawn
   lets the stylesheet fold the menu with no flash of the open menu. Without this script the
   class is never set, the button stays hidden and the menu stays open: nothing is lost. */
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
    const button = document.querySelector(".menu-button[aria-controls]");
    const menu = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!menu) {
        return;
    }
    const setOpen = (open) => {
        button.setAttribute("aria-expanded", String(open));
        menu.classList.toggle("is-open", open);
    };
    setOpen(false);
    button.addEventListener("click", () => {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and returns focus to its button, as people expect of a menu.
    menu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
});

/* Disclosures that fold only for lack of room (the library's filters, data-open-when-wide):
   on a wide screen they open, so a desktop reader sees the filters beside the results; on a
   phone they stay folded and the results come first. */
document.addEventListener("DOMContentLoaded", () => {
    if (window.matchMedia("(min-width: 48rem)").matches) {
        document.querySelectorAll("details[data-open-when-wide]").forEach((details) => {
            details.open = true;
        });
    }
});
