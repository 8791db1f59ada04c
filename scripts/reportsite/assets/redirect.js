// A page that moved (a redirect page, scripts/reportsite/redirects.py): on
// to its new address with the part after "#" (a figure's row, a heading),
// which the page's refresh alone would drop.
const target = document.currentScript?.dataset.target;
if (target && location.hash) {
  location.replace(target + location.hash);
}
