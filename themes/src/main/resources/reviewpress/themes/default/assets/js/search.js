/*
 * reviewpress: search the reviews on the index page, offline.
 *
 * Reads the prebuilt index that search-index.js assigns to window.reviewpressSearchIndex
 * (a script file, not fetch(), so it works from file:// as well as from a server), then shows
 * only the report cards that match the keyword, review type and year. No requests, no
 * cookies, no storage. The result count is announced through a polite live region after the
 * reader pauses typing, so a screen reader is not interrupted on every key.
 */
(function () {
  "use strict";

  var form = document.getElementById("report-search");
  var list = document.getElementById("report-list");
  var status = document.getElementById("search-status");
  var data = window.reviewpressSearchIndex;
  if (!form || !list || !status || !data || !Array.isArray(data.reports)) {
    return; // Without the index the page still lists every report; the form stays hidden.
  }

  var keyword = document.getElementById("search-keyword");
  var type = document.getElementById("search-type");
  var year = document.getElementById("search-year");
  var ANNOUNCE_DELAY_MS = 600;
  var timer = null;

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var entries = data.reports.map(function (r) {
    var text = [r.title, r.summary, r.partnership, r.reviewType, r.reviewTypeName]
      .concat(r.keywords || [], r.findings || [], r.headings || []).join(" \n ");
    return { slug: r.slug, type: r.reviewType, year: r.year || "", text: fold(text) };
  });

  function addOption(select, value, label) {
    var option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  var types = {};
  var years = {};
  data.reports.forEach(function (r) {
    types[r.reviewType] = r.reviewTypeName + " (" + r.reviewType + ")";
    if (r.year) {
      years[r.year] = true;
    }
  });
  Object.keys(types).sort().forEach(function (t) { addOption(type, t, types[t]); });
  Object.keys(years).sort().reverse().forEach(function (y) { addOption(year, y, y); });

  var cards = {};
  Array.prototype.forEach.call(list.querySelectorAll("li[data-slug]"), function (li) {
    cards[li.getAttribute("data-slug")] = li;
  });

  function describe(words, shown, total) {
    var filters = [];
    if (words.length) {
      filters.push("matching \u201C" + keyword.value.trim() + "\u201D");
    }
    if (type.value) {
      filters.push("of type " + type.value);
    }
    if (year.value) {
      filters.push("published in " + year.value);
    }
    if (!filters.length) {
      return "Showing all " + total + (total === 1 ? " review." : " reviews.");
    }
    var count = shown === 0 ? "No reviews " : shown + " of " + total + (total === 1 ? " review " : " reviews ");
    return count + filters.join(", ") + ".";
  }

  function update(announce) {
    var words = fold(keyword.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (e) {
      var match = (!type.value || e.type === type.value)
        && (!year.value || e.year === year.value)
        && words.every(function (w) { return e.text.indexOf(w) !== -1; });
      var card = cards[e.slug];
      if (card) {
        card.hidden = !match;
      }
      if (match) {
        shown++;
      }
    });
    var message = describe(words, shown, entries.length);
    clearTimeout(timer);
    if (announce === "now") {
      status.textContent = message;
    } else {
      timer = setTimeout(function () { status.textContent = message; }, ANNOUNCE_DELAY_MS);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault(); // Nothing to send anywhere; Enter just announces the result at once.
    update("now");
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { update("now"); }, 0); // after the browser has cleared the fields
  });
  keyword.addEventListener("input", function () { update("later"); });
  type.addEventListener("change", function () { update("now"); });
  year.addEventListener("change", function () { update("now"); });

  form.hidden = false;
})();
