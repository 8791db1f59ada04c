// The live preview's problems panel (reportsite/preview.py; served only by
// scripts/serve.py --live, never part of a built page). The page was served
// with the problems known then (data-seq); this asks the preview for what
// changed since (the answer comes once the next save's checks are done, long
// before MkDocs reloads the page with its pages rebuilt) and shows it in place.
(() => {
  const script = document.currentScript;
  let seq = script.dataset.seq;

  const show = (html) => {
    const old = document.getElementById("preview-problems");
    const holder = document.createElement("template");
    holder.innerHTML = html;  // the preview's own HTML, escaped by its template
    const panel = holder.content.firstElementChild;
    if (old && panel) old.replaceWith(panel);
    else if (old) old.remove();
    else if (panel) script.before(panel);
  };

  const ask = async () => {
    for (;;) {
      try {
        const response = await fetch(`/__preview/problems?after=${seq}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const state = await response.json();
        if (String(state.seq) !== seq) {
          seq = String(state.seq);
          show(state.html);
        }
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 2000)); // the preview stopped, or restarts
      }
    }
  };

  ask();
})();
