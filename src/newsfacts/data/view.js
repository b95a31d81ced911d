/* newsfacts view: inlined into every page. Shows a fact's fields on hover or click,
   toggles each kind of highlight, and scrolls to a fact from the side panel. All text is
   inserted with textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("nf-data").textContent);
  var facts = data.facts;
  var article = document.getElementById("nf-article");
  var card = document.getElementById("nf-card");
  var pinned = null;

  function shown(kind) {
    return article.classList.contains("nf-show-" + kind);
  }

  /* The ids of the facts at this element, innermost first. */
  function factsAt(el) {
    var ids = [];
    for (; el && el !== article; el = el.parentElement) {
      var id = el.getAttribute("data-f");
      if (id && facts[id] && shown(facts[id].kind)) ids.push(id);
    }
    return ids;
  }

  function fill(ids) {
    card.textContent = "";
    ids.forEach(function (id) {
      var fact = facts[id];
      var box = document.createElement("div");
      box.className = "nf-card-fact k-" + fact.kind;
      var head = document.createElement("h3");
      head.textContent = fact.title;
      box.appendChild(head);
      var list = document.createElement("dl");
      fact.fields.forEach(function (field) {
        var dt = document.createElement("dt");
        var dd = document.createElement("dd");
        dt.textContent = field[0];
        dd.textContent = field[1];
        list.appendChild(dt);
        list.appendChild(dd);
      });
      box.appendChild(list);
      card.appendChild(box);
    });
  }

  function place(target, x) {
    var rect = target.getClientRects()[0] || target.getBoundingClientRect();
    var width = card.offsetWidth;
    var height = card.offsetHeight;
    var left = Math.max(8, Math.min(x === undefined ? rect.left : x - 20, innerWidth - width - 8));
    var top = rect.bottom + 6;
    if (top + height > innerHeight - 8) top = Math.max(8, rect.top - height - 6);
    card.style.left = left + "px";
    card.style.top = top + "px";
  }

  function show(target, x) {
    var ids = factsAt(target);
    if (!ids.length) return hide();
    fill(ids);
    card.hidden = false;
    place(target, x);
  }

  function hide() {
    card.hidden = true;
  }

  function unpin() {
    pinned = null;
    card.classList.remove("nf-pinned");
  }

  article.addEventListener("mouseover", function (e) {
    if (pinned) return;
    var mark = e.target.closest && e.target.closest("mark.nf");
    if (mark) show(mark, e.clientX);
    else hide();
  });
  article.addEventListener("mouseleave", function () {
    if (!pinned) hide();
  });
  article.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest("mark.nf");
    if (!mark || mark === pinned) {
      unpin();
      hide();
      return;
    }
    unpin();
    show(mark, e.clientX);
    if (!card.hidden) {
      pinned = mark;
      card.classList.add("nf-pinned");
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      unpin();
      hide();
    }
  });
  window.addEventListener("scroll", function () {
    if (pinned) place(pinned);
    else hide();
  }, { passive: true });

  /* Filters: one checkbox per kind in the legend. */
  Array.prototype.forEach.call(document.querySelectorAll(".nf-filter input"), function (box) {
    box.addEventListener("change", function () {
      article.classList.toggle("nf-show-" + box.getAttribute("data-kind"), box.checked);
      unpin();
      hide();
    });
  });

  /* The side panel: a click scrolls to the fact and flashes it. */
  var flashed = [];
  var timer = null;
  function jump(id) {
    var target = document.getElementById("f-" + id);
    if (!target) return;
    var still = window.matchMedia && matchMedia("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    flashed.forEach(function (el) { el.classList.remove("nf-flash"); });
    flashed = Array.prototype.slice.call(article.querySelectorAll('[data-f="' + id + '"]'));
    flashed.forEach(function (el) { el.classList.add("nf-flash"); });
    clearTimeout(timer);
    timer = setTimeout(function () {
      flashed.forEach(function (el) { el.classList.remove("nf-flash"); });
      flashed = [];
    }, 2000);
  }
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest(".nf-jump");
    if (button) jump(button.getAttribute("data-target"));
  });
})();
