// Storyline web UI: reads the JSON API and builds every element with DOM calls and text nodes, never with HTML
// strings, so whatever a document contains is shown as text. SVG is built the same way, with createElementNS.
//
// Routes (the location's hash):
//   #/?sort=&outlet=&from=&to=&entity=&q=&offset=&limit=   the story list, filtered and paged
//   #/story/ID?event=EVENT_ID                               a story; with event=, that event's part of the page
//   #/entity/NAME                                           a person, organisation or place across the stories
//   #/document/ID                                           a document: metadata, clean text, removed lines
//   #/search/WORDS                                          full-text search
"use strict";

const main = document.getElementById("main");
const SVG = "http://www.w3.org/2000/svg";
const LIST_PARAMETERS = ["sort", "outlet", "from", "to", "entity", "q", "offset", "limit"];
const SORTS = [["documents", "most documents"], ["latest", "latest"], ["sources", "most sources"], ["disputed", "most disputed"]];

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path) {
  const response = await fetch("/api/" + path);
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, response.statusText || "the server's answer could not be read");
  }
  if (!response.ok) throw new ApiError(response.status, body.error || response.statusText);
  return body;
}

function plural(n, one, many) {
  return n + " " + (n === 1 ? one : (many || one + "s"));
}

// A document's URL is a link only when it is http or https; any other scheme (javascript:, data:) is shown as text.
function webLink(url) {
  return /^https?:\/\//i.test(url.trim()) ? el("a", {href: url.trim(), rel: "noreferrer"}, "original") : el("span", {class: "url"}, url);
}

function storyHref(id, event) {
  return "#/story/" + encodeURIComponent(id) + (event ? "?event=" + encodeURIComponent(event) : "");
}

function storyLink(id, text) {
  return el("a", {href: storyHref(id), class: "story"}, text);
}

function documentLink(id, text) {
  return el("a", {href: "#/document/" + encodeURIComponent(id)}, text);
}

function entityLink(name, text) {
  return el("a", {href: "#/entity/" + encodeURIComponent(name), class: "entity"}, text || name);
}

function label(listing) {
  if (!listing) return "unknown source";
  const outlet = listing.outlet || listing.id;
  return listing.published ? outlet + ", " + listing.published : outlet;
}

function citation(ids, byId) {
  const links = [];
  ids.forEach((id, i) => {
    if (i > 0) links.push("; ");
    links.push(documentLink(id, byId ? label(byId.get(id)) : id));
  });
  return el("span", {class: "cite"}, "(", links, ")");
}

function cited(items, byId) {
  return el("ul", {}, items.map(item => el("li", {}, item.text, " ", citation(item.documents, byId))));
}

// ---- story rows: the list, the entity page and search share them ----

// A sparkline of a story's documents per period: one bar a period, on a baseline. The numbers are its label.
function sparkline(activity) {
  if (!activity || !activity.counts || activity.counts.length === 0) return el("span", {class: "spark none"}, "undated");
  const counts = activity.counts;
  const width = 120;
  const height = 24;
  const max = Math.max(1, ...counts);
  const step = width / counts.length;
  const bar = Math.min(8, Math.max(2, step * (counts.length > 40 ? 1 : 0.75)));
  const chart = svg("svg", {class: "spark", width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img",
    "aria-label": "documents per " + activity.unit + " from " + activity.start + ": " + counts.join(", ")});
  chart.append(svg("line", {x1: 0, y1: height - 0.5, x2: width, y2: height - 0.5, class: "base"}));
  counts.forEach((count, i) => {
    if (count === 0) return;
    const h = Math.max(2, Math.round((height - 2) * count / max));
    chart.append(svg("rect", {x: (i * step).toFixed(2), y: height - 1 - h, width: bar.toFixed(2), height: h}));
  });
  return chart;
}

function storyMeta(story) {
  const dates = story.first ? ", " + story.first + (story.last && story.last !== story.first ? " to " + story.last : "") : ", undated";
  return el("span", {class: "meta"}, plural(story.documents, "document") + ", " + plural(story.events, "event") + ", "
      + plural(story.sources, "source") + dates);
}

function storyRow(story) {
  return el("li", {class: "story-row"},
      el("div", {class: "row-head"}, storyLink(story.id, story.title || story.id),
          story.disputed > 0 ? el("span", {class: "badge disputed"}, "⚑ " + story.disputed + " disputed") : null),
      el("div", {class: "row-meta"}, sparkline(story.activity), storyMeta(story)));
}

function storyRows(stories) {
  return el("ul", {class: "stories"}, stories.map(storyRow));
}

// ---- the story list ----

function listHash(params) {
  const parts = [];
  for (const name of LIST_PARAMETERS) {
    const value = params[name];
    if (value === undefined || value === null || value === "") continue;
    if (name === "sort" && value === "documents") continue;
    if (name === "offset" && Number(value) === 0) continue;
    parts.push(name + "=" + encodeURIComponent(value));
  }
  return "#/" + (parts.length ? "?" + parts.join("&") : "");
}

function field(labelText, control) {
  return el("label", {class: "field"}, el("span", {}, labelText), control);
}

function filterForm(params, outlets) {
  const outletSelect = el("select", {name: "outlet"}, el("option", {value: ""}, "any outlet"));
  const names = outlets.map(o => o.outlet);
  if (params.outlet && !names.includes(params.outlet)) names.unshift(params.outlet);
  for (const name of names) {
    const listing = outlets.find(o => o.outlet === name);
    outletSelect.append(el("option", {value: name}, name + (listing ? " (" + plural(listing.stories, "story", "stories") + ")" : "")));
  }
  outletSelect.value = params.outlet || "";
  const sortSelect = el("select", {name: "sort"}, SORTS.map(([value, text]) => el("option", {value: value}, text)));
  sortSelect.value = params.sort || "documents";
  const form = el("form", {class: "filters", "aria-label": "Filter the stories"},
      field("From", el("input", {type: "date", name: "from", value: params.from || ""})),
      field("To", el("input", {type: "date", name: "to", value: params.to || ""})),
      field("Outlet", outletSelect),
      field("Entity", el("input", {type: "text", name: "entity", value: params.entity || "", placeholder: "a person, place or organisation"})),
      field("Words", el("input", {type: "text", name: "q", value: params.q || "", placeholder: "full-text search"})),
      field("Sort by", sortSelect),
      el("div", {class: "actions"}, el("button", {type: "submit"}, "Apply filters"),
          el("a", {href: listHash({limit: params.limit}), class: "clear"}, "Clear filters")));
  const go = () => {
    const next = {limit: params.limit};
    for (const name of ["from", "to", "outlet", "entity", "q", "sort"]) next[name] = form.elements[name].value.trim();
    location.hash = listHash(next);
  };
  form.addEventListener("submit", event => {
    event.preventDefault();
    go();
  });
  sortSelect.addEventListener("change", go);
  return form;
}

function filterWords(params) {
  const words = [];
  if (params.from || params.to) words.push("published " + (params.from ? "from " + params.from : "") + (params.from && params.to ? " " : "") + (params.to ? "to " + params.to : ""));
  if (params.outlet) words.push("from " + params.outlet);
  if (params.entity) words.push("naming " + params.entity);
  if (params.q) words.push("matching “" + params.q + "”");
  return words;
}

async function storyList(params) {
  const query = LIST_PARAMETERS.filter(name => params[name]).map(name => name + "=" + encodeURIComponent(params[name])).join("&");
  const [outlets, list] = await Promise.all([
    api("outlets").catch(() => []),
    api("stories" + (query ? "?" + query : "")).catch(error => {
      if (error.status === 400) return {error: error.message};
      throw error;
    })]);
  const filters = filterWords(params);
  const heading = el("h1", {}, "Stories");
  const form = filterForm(params, Array.isArray(outlets) ? outlets : []);
  if (list.error) {
    return {title: "Stories · Storyline", nodes: [heading, form, el("p", {class: "error", role: "alert"}, "These filters cannot be applied: " + list.error)]};
  }
  const page = list;
  const nodes = [heading, form];
  if (filters.length > 0) nodes.push(el("p", {class: "filtering"}, "Showing stories " + filters.join(", ") + ". ", el("a", {href: listHash({limit: params.limit})}, "Clear filters")));
  if (page.total === 0 || page.stories.length === 0) {
    nodes.push(el("p", {class: "empty"}, filters.length > 0 ? "No story matches these filters."
        : page.total === 0 ? "The store holds no stories yet: ingest documents with `storyline ingest`." : "There are no stories on this page."));
    if (page.offset > 0 && page.total > 0) nodes.push(el("p", {}, el("a", {href: listHash({...params, offset: 0})}, "Back to the first page")));
    return {title: "Stories · Storyline", nodes};
  }
  const first = page.offset + 1;
  const last = page.offset + page.stories.length;
  nodes.push(el("p", {class: "count"}, "Stories " + first + "–" + last + " of " + page.total));
  nodes.push(storyRows(page.stories));
  const previous = page.offset > 0 ? el("a", {href: listHash({...params, offset: Math.max(0, page.offset - page.limit)}), rel: "prev", class: "previous"}, "← Previous") : null;
  const next = last < page.total ? el("a", {href: listHash({...params, offset: page.offset + page.limit}), rel: "next", class: "next"}, "Next →") : null;
  if (previous || next) nodes.push(el("nav", {class: "pages", "aria-label": "Pages of the story list"}, previous, next));
  const pageNumber = Math.floor(page.offset / Math.max(1, page.limit)) + 1;
  return {title: "Stories" + (filters.length ? " " + filters.join(", ") : "") + (pageNumber > 1 ? " (page " + pageNumber + ")" : "") + " · Storyline", nodes};
}

// ---- the story page ----

function timelineTable(entries, byId) {
  return el("table", {class: "timeline"},
      el("caption", {}, "What happened, sentence by sentence"),
      el("tr", {}, el("th", {scope: "col"}, "date"), el("th", {scope: "col"}, "what happened"), el("th", {scope: "col"}, "sources")),
      entries.map(entry => el("tr", {}, el("td", {class: "date"}, entry.date || "undated"), el("td", {}, entry.text),
          el("td", {}, citation(entry.documents, byId)))));
}

function dayNumber(date) {
  return Date.parse(date + "T00:00:00Z") / 86400000;
}

function dayText(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

function outletsOf(documents, byId) {
  return new Set(documents.map(id => (byId.get(id) && byId.get(id).outlet) || id));
}

function shorten(text, length) {
  return text.length <= length ? text : text.slice(0, length - 1).trimEnd() + "…";
}

// The events on a time axis: one row per dated event in date order, a dot at its date, its label beside. Each row
// links to the event's part of the page. The Events section below says the same in text.
function eventAxis(storyId, events, byId) {
  const dated = events.filter(event => event.date).slice().sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  if (dated.length === 0) return null;
  const width = 960;
  const left = 16;
  const axisWidth = 320;
  const top = 34;
  const row = 30;
  const height = top + row * dated.length + 6;
  let start = dayNumber(dated[0].date);
  let end = dayNumber(dated[dated.length - 1].date);
  if (end - start < 2) {
    start -= 1;
    end += 1;
  }
  const x = day => left + (day - start) / (end - start) * axisWidth;
  const chart = svg("svg", {class: "event-axis", viewBox: "0 0 " + width + " " + height, width: width, height: height,
    role: "group", "aria-label": "The story's " + plural(dated.length, "dated event") + " on a time axis from " + dayText(start) + " to " + dayText(end)});
  const ticks = Math.min(2, Math.max(1, Math.round(end - start)));
  for (let t = 0; t <= ticks; t++) {
    const day = Math.round(start + (end - start) * t / ticks);
    const tx = x(day);
    chart.append(svg("line", {x1: tx, y1: top - 8, x2: tx, y2: height - 4, class: "grid"}),
        svg("text", {x: tx, y: top - 14, class: "tick", "text-anchor": t === 0 ? "start" : t === ticks ? "end" : "middle", "aria-hidden": "true"}, dayText(day)));
  }
  chart.append(svg("line", {x1: left, y1: top - 8, x2: left + axisWidth, y2: top - 8, class: "axis"}));
  dated.forEach((event, i) => {
    const y = top + row * i + row / 2;
    const dx = x(dayNumber(event.date));
    const sources = outletsOf(event.documents, byId).size;
    const title = event.title || event.id;
    const text = event.date + " · " + title + " · " + plural(sources, "source");
    const link = svg("a", {href: storyHref(storyId, event.id), class: "event-link", "aria-label": text});
    link.append(svg("rect", {x: 0, y: y - row / 2 + 1, width: width, height: row - 2, class: "hit"}),
        svg("line", {x1: left, y1: y, x2: left + axisWidth, y2: y, class: "lane"}),
        svg("line", {x1: dx, y1: y, x2: left + axisWidth + 14, y2: y, class: "leader"}),
        svg("circle", {cx: dx, cy: y, r: 6, class: "dot"}),
        svg("text", {x: left + axisWidth + 20, y: y + 5, class: "label"}, event.date + " · " + shorten(title, 70) + " · " + plural(sources, "source")),
        svg("title", {}, text));
    chart.append(link);
  });
  return el("div", {class: "axis-wrap"}, chart);
}

// Finds each word edit in the copy's paragraph and marks it: <del> the canonical words, <ins> the copy's. The text
// between edits must match the canonical text (ignoring case and typography); when it does not, null, and the
// caller lists the edits instead.
function markEdits(changed) {
  const canonical = changed.canonical;
  const copy = changed.copy;
  const plain = text => text.toLowerCase().replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, "\"").replace(/[‐‑‒–—―]/g, "-").replace(/\s+/g, " ").trim();
  const nodes = [];
  let c = 0;
  let k = 0;
  for (const edit of changed.edits) {
    let cf = edit.from ? canonical.indexOf(edit.from, c) : -1;
    let kt = edit.to ? copy.indexOf(edit.to, k) : -1;
    if ((edit.from && cf < 0) || (edit.to && kt < 0)) return null;
    // An edit on one side only is placed by the unchanged text before it, which reads the same on both sides
    // (its length can differ by a few characters of spacing or typography).
    const same = (kEnd, cEnd) => kEnd >= k && cEnd >= c && kEnd <= copy.length && cEnd <= canonical.length
        && plain(copy.slice(k, kEnd)) === plain(canonical.slice(c, cEnd));
    const shifts = [0, -1, 1, -2, 2, -3, 3];
    let delta;
    if (edit.from && edit.to) delta = same(kt, cf) ? 0 : undefined;
    else if (edit.to) delta = shifts.find(d => same(kt, c + (kt - k) + d));
    else delta = shifts.find(d => same(k + (cf - c) + d, cf));
    if (delta === undefined) return null;
    if (!edit.to) kt = k + (cf - c) + delta;
    else if (!edit.from) cf = c + (kt - k) + delta;
    nodes.push(copy.slice(k, kt));
    if (edit.from) nodes.push(el("del", {}, edit.from));
    if (edit.from && edit.to) nodes.push(" ");
    if (edit.to) nodes.push(el("ins", {}, edit.to));
    k = kt + edit.to.length;
    c = cf + edit.from.length;
  }
  if (plain(copy.slice(k)) !== plain(canonical.slice(c))) return null;
  nodes.push(copy.slice(k));
  return nodes;
}

function changedParagraph(changed) {
  const marked = markEdits(changed);
  if (marked) return el("p", {class: "changed"}, marked);
  return el("div", {class: "changed"},
      el("ul", {class: "edits"}, changed.edits.map(edit => el("li", {},
          edit.from ? el("del", {}, edit.from) : el("span", {class: "meta"}, "(nothing)"), " → ",
          edit.to ? el("ins", {}, edit.to) : el("span", {class: "meta"}, "(nothing)")))),
      el("p", {}, changed.copy));
}

function copyDifferences(alignment) {
  if (!alignment) return el("p", {class: "meta"}, "How this copy differs was not computed.");
  const verbatim = alignment.added.length === 0 && alignment.dropped.length === 0 && alignment.changed.length === 0 && !alignment.reordered;
  if (verbatim) return el("p", {class: "verbatim"}, "= Verbatim copy: every paragraph as the original prints it.");
  return el("div", {class: "diff"},
      el("p", {class: "meta"}, plural(alignment.shared, "paragraph") + " unchanged" + (alignment.reordered ? "; the copy gives its paragraphs in another order." : ".")),
      alignment.changed.length > 0 ? [el("h5", {}, "Changed (" + alignment.changed.length + ")"), alignment.changed.map(changedParagraph)] : null,
      alignment.added.length > 0 ? [el("h5", {}, "Added by the copy (" + alignment.added.length + ")"),
        alignment.added.map(text => el("p", {class: "added"}, el("span", {class: "mark"}, "+ added "), text))] : null,
      alignment.dropped.length > 0 ? [el("h5", {}, "Left out by the copy (" + alignment.dropped.length + ")"),
        alignment.dropped.map(text => el("p", {class: "dropped"}, el("span", {class: "mark"}, "− dropped "), text))] : null);
}

function copySummary(alignment) {
  if (!alignment) return "";
  const parts = [];
  if (alignment.changed.length) parts.push(alignment.changed.length + " changed");
  if (alignment.added.length) parts.push(alignment.added.length + " added");
  if (alignment.dropped.length) parts.push(alignment.dropped.length + " dropped");
  if (alignment.reordered) parts.push("reordered");
  return parts.length ? " — " + parts.join(", ") : " — verbatim";
}

// Each outlet with its articles; the copies of an article (syndicated or republished) are folded under it, each
// showing what it changed.
function sources(page, byId) {
  const byOutlet = new Map();
  for (const family of page.families) {
    const canonical = byId.get(family.canonical);
    const outlet = (canonical && canonical.outlet) || "Outlet not known";
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, []);
    byOutlet.get(outlet).push(family);
  }
  const outlets = [...byOutlet.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return el("div", {class: "sources"}, outlets.map(([outlet, families]) => el("section", {class: "outlet"},
      el("h3", {}, outlet, el("span", {class: "meta"}, " " + plural(families.length, "article"))),
      el("ul", {}, families.map(family => {
        const canonical = byId.get(family.canonical);
        const item = el("li", {}, documentLink(family.canonical, (canonical && canonical.title) || family.canonical),
            el("span", {class: "meta"}, canonical && canonical.published ? " " + canonical.published : ""));
        const copies = family.documents.filter(id => id !== family.canonical);
        if (copies.length > 0) {
          const alignments = new Map((family.copies || []).map(alignment => [alignment.document, alignment]));
          item.append(el("details", {class: "copies"}, el("summary", {}, plural(copies.length, "copy", "copies") + " folded: "
                  + copies.map(id => (byId.get(id) && byId.get(id).outlet) || id).join(", ")),
              el("ul", {}, copies.map(id => {
                const alignment = alignments.get(id);
                return el("li", {},
                    el("details", {class: "copy"},
                        el("summary", {}, label(byId.get(id)), copySummary(alignment)),
                        el("p", {}, documentLink(id, "Open " + (((byId.get(id) || {}).title) || id))),
                        copyDifferences(alignment)));
              }))));
        }
        return item;
      })))));
}

function voices(quotes, byId) {
  const bySpeaker = new Map();
  for (const quote of quotes) {
    const key = quote.speakerId || quote.speaker || "unattributed";
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(quote);
  }
  const sections = [];
  for (const group of bySpeaker.values()) {
    const first = group[0];
    const name = first.speaker || "Unattributed";
    sections.push(el("h3", {class: "speaker"}, first.speakerId && first.speaker ? entityLink(first.speaker, name) : name,
        first.anonymous ? " (unnamed source)" : ""));
    for (const quote of group) sections.push(quoteBlock(quote, byId));
  }
  return sections;
}

function quoteBlock(quote, byId) {
  const [head, ...others] = quote.variants;
  const said = quote.kind === "DIRECT" ? "“" + head.text + "”" : head.text;
  return [el("blockquote", {class: "quote"}, said, quote.kind === "INDIRECT" ? " (retold)" : "", " ", citation(head.documents, byId)),
    others.map(other => el("p", {class: "meta variant"}, "also quoted as “", other.text, "” ", citation(other.documents, byId)))];
}

const CELLS = {
  STATES: ["states", "✓", "states"],
  CONTRADICTS: ["contradicts", "✗", "contradicts"],
  BOTH: ["both", "±", "both"],
  SILENT: ["silent", "—", "silent"]
};
const STATUS = {DISPUTED: ["disputed", "Disputed"], AGREED: ["agreed", "Agreed"], SINGLE_SOURCE: ["single-source", "Single source"]};
const FOLDED_ROWS = 12;

// The claims matrix: one row per claim, one column per source, and where each source stands. A disputed claim has a
// row beneath it with what contradicts it. Long groups of rows are folded behind a button.
function claimMatrix(matrix, byId) {
  if (matrix.rows.length === 0) return el("p", {}, "No claims were found in this story's documents.");
  const columns = matrix.sources.length + 1;
  const table = el("table", {class: "matrix"},
      el("caption", {}, "Where each source stands on each claim: ✓ states it, ✗ contradicts it, ± does both, — is silent."),
      el("thead", {}, el("tr", {}, el("th", {scope: "col", class: "claim-head"}, "claim"),
          matrix.sources.map(source => el("th", {scope: "col", class: "source"}, source)))));
  for (const status of ["DISPUTED", "AGREED", "SINGLE_SOURCE"]) {
    const rows = matrix.rows.filter(row => row.status === status);
    if (rows.length === 0) continue;
    const [cls, name] = STATUS[status];
    const head = el("tbody", {class: "group " + cls}, el("tr", {}, el("th", {scope: "rowgroup", colspan: columns}, name + " (" + rows.length + ")")));
    const body = el("tbody", {class: "rows " + cls, id: "claims-" + cls});
    for (const row of rows) {
      body.append(el("tr", {class: "claim " + cls},
          el("td", {class: "claim-text"}, row.text, " ", citation(row.documents, byId)),
          row.cells.map((cell, i) => {
            const [cellClass, symbol, word] = CELLS[cell] || ["silent", "?", cell];
            return el("td", {class: "cell " + cellClass, title: matrix.sources[i] + ": " + word},
                el("span", {class: "symbol", "aria-hidden": "true"}, symbol), " ", word);
          })));
      if (row.against && row.against.length > 0) {
        body.append(el("tr", {class: "against " + cls},
            el("td", {colspan: columns}, el("div", {class: "against-body"}, el("span", {class: "against-label"}, "✗ Contradicted by:"),
                el("ul", {}, row.against.map(evidence => el("li", {class: "contradiction"}, evidence.text, " ", citation([evidence.document], byId),
                    evidence.reason ? el("span", {class: "reason-note"}, " — " + evidence.reason) : null)))))));
      }
    }
    table.append(head, body);
    if (rows.length > FOLDED_ROWS && status !== "DISPUTED") {
      body.hidden = true;
      const button = el("button", {type: "button", class: "unfold", "aria-expanded": "false", "aria-controls": body.id}, "Show the " + rows.length + " rows");
      button.addEventListener("click", () => {
        body.hidden = !body.hidden;
        button.setAttribute("aria-expanded", String(!body.hidden));
        button.textContent = body.hidden ? "Show the " + rows.length + " rows" : "Hide these rows";
      });
      head.firstChild.firstChild.append(" ", button);
    }
  }
  return el("div", {class: "scroll", role: "region", tabindex: "0", "aria-label": "Claims matrix, scrolls sideways"}, table);
}

// The coverage chart is an SVG image the server draws (the same drawing as report.html); an image runs nothing.
// Beside it, the numbers behind it as a table: its text alternative.
function coverage(id, numbers) {
  if (numbers.periods.length === 0) return null;
  const rows = numbers.periods.map((period, p) => {
    const counts = numbers.counts.map(outlet => outlet[p]);
    const total = counts.reduce((a, b) => a + b, 0);
    const events = numbers.events.filter(event => event.period === p).map(event => event.title).join("; ");
    return total === 0 && events === "" ? null
        : el("tr", {}, el("td", {}, period), counts.map(count => el("td", {}, count)), el("td", {}, total), el("td", {}, events));
  });
  return [el("h2", {id: "section-coverage", tabindex: "-1"}, "Coverage"),
    el("img", {class: "chart", src: "/api/stories/" + encodeURIComponent(id) + "/coverage.svg", alt: "Documents per " + numbers.unit + " by outlet, with the events marked; the numbers are in the table below"}),
    numbers.undated > 0 ? el("p", {class: "meta"}, numbers.undated + " undated documents are not shown.") : null,
    el("details", {}, el("summary", {}, "The numbers behind the chart"),
        el("div", {class: "scroll"}, el("table", {class: "numbers"},
            el("tr", {}, el("th", {}, numbers.unit), numbers.outlets.map(outlet => el("th", {}, outlet)), el("th", {}, "all"), el("th", {}, "events")),
            rows)))];
}

function entityList(entities) {
  const sorted = entities.slice().sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
  return el("ul", {class: "entities"}, sorted.map(entity => el("li", {},
      entityLink(entity.name),
      el("span", {class: "meta"}, " " + String(entity.type || "").toLowerCase() + ", " + plural(entity.documents.length, "document")
          + (entity.aliases.length ? "; also " + entity.aliases.join(", ") : "")))));
}

function eventSections(events, byId) {
  return events.map(event => {
    const outlets = [...outletsOf(event.documents, byId)];
    return el("section", {class: "event"},
        el("h3", {id: "event-" + event.id, tabindex: "-1"}, event.date ? event.date + " · " : "undated · ", event.title || event.id),
        el("p", {class: "meta"}, plural(event.documents.length, "document") + " from " + plural(outlets.length, "source") + ": " + outlets.join(", ")),
        event.summary && event.summary.length > 0 ? cited(event.summary, byId) : null,
        el("ul", {class: "event-documents"}, event.documents.map(id => el("li", {},
            documentLink(id, ((byId.get(id) || {}).title) || id), el("span", {class: "meta"}, " " + label(byId.get(id)))))));
  });
}

async function storyPage(id) {
  const path = "stories/" + encodeURIComponent(id);
  const [page, numbers, matrix] = await Promise.all([api(path), api(path + "/coverage"),
    api(path + "/claims").catch(error => ({error: error.message}))]);
  const story = page.story;
  const byId = new Map(page.documents.map(listing => [listing.id, listing]));
  const undated = page.events.filter(event => !event.date).length;
  return {title: story.title + " · Storyline", nodes: [
    el("h1", {}, story.title),
    el("p", {class: "meta"}, plural(story.events.length, "event") + ", " + plural(story.documents.length, "document") + ", "
        + plural(page.families.length, "independent source")),
    el("nav", {class: "contents", "aria-label": "On this page"}, ["Coverage", "Summary", "Timeline", "Sources", "Claims", "Who said what", "Entities", "Events"]
        .map(name => el("a", {href: "#", "data-section": "section-" + name.toLowerCase().replace(/ /g, "-")}, name))),
    coverage(id, numbers),
    el("h2", {id: "section-summary", tabindex: "-1"}, "Summary"), cited(story.summary, byId),
    el("h2", {id: "section-timeline", tabindex: "-1"}, "Timeline"),
    eventAxis(id, page.events, byId),
    undated > 0 ? el("p", {class: "meta"}, plural(undated, "undated event") + " not on the axis: see Events below.") : null,
    story.timeline.length > 0 ? timelineTable(story.timeline, byId) : null,
    el("h2", {id: "section-sources", tabindex: "-1"}, "Sources"),
    el("p", {class: "meta"}, "Copies of an article (syndicated or republished) are folded under it; open one to see what it changed."),
    sources(page, byId),
    el("h2", {id: "section-claims", tabindex: "-1"}, "Claims"),
    matrix.error ? el("p", {class: "error"}, "The claims matrix could not be loaded: " + matrix.error) : claimMatrix(matrix, byId),
    el("h2", {id: "section-who-said-what", tabindex: "-1"}, "Who said what"),
    story.quotes.length > 0 ? voices(story.quotes, byId) : el("p", {}, "No quotes were found."),
    el("h2", {id: "section-entities", tabindex: "-1"}, "Entities"),
    story.entities.length > 0 ? entityList(story.entities) : el("p", {}, "No people, organisations or places were found."),
    el("h2", {id: "section-events", tabindex: "-1"}, "Events"),
    eventSections(page.events, byId)]};
}

// ---- the entity page ----

async function entityPage(name) {
  const page = await api("entities/" + encodeURIComponent(name));
  const quotes = page.quotes || [];
  const storyCount = page.storyCount === undefined ? page.stories.length : page.storyCount;
  const quoteCount = page.quoteCount === undefined ? quotes.length : page.quoteCount;
  return {title: page.name + " · Storyline", nodes: [
    el("h1", {}, page.name),
    el("p", {class: "meta"}, String(page.type || "entity").toLowerCase(),
        page.aliases && page.aliases.length ? "; also written " + page.aliases.join(", ") : ""),
    el("h2", {}, "Stories (" + storyCount + ")"),
    el("p", {}, el("a", {href: listHash({entity: page.name})}, "Filter the story list by " + page.name)),
    page.stories.length > 0 ? storyRows(page.stories) : el("p", {}, "No story names it."),
    storyCount > page.stories.length ? el("p", {class: "meta"}, "The first " + page.stories.length + " are shown.") : null,
    el("h2", {}, "Quotes (" + quoteCount + ")"),
    quotes.length === 0 ? el("p", {}, "No quote is attributed to " + page.name + ".")
        : el("table", {class: "quotes"},
            el("tr", {}, el("th", {scope: "col"}, "date"), el("th", {scope: "col"}, "said"), el("th", {scope: "col"}, "story")),
            quotes.map(item => {
              const quote = item.quote;
              const [head, ...others] = quote.variants;
              return el("tr", {},
                  el("td", {class: "date"}, item.date || "undated"),
                  el("td", {}, quote.kind === "DIRECT" ? "“" + head.text + "”" : head.text, quote.kind === "INDIRECT" ? " (retold)" : "", " ",
                      citation(head.documents, null),
                      others.map(other => el("div", {class: "meta"}, "also quoted as “", other.text, "” ", citation(other.documents, null)))),
                  el("td", {}, storyLink(item.story, item.storyTitle || item.story)));
            })),
    quoteCount > quotes.length ? el("p", {class: "meta"}, "The first " + quotes.length + " are shown.") : null]};
}

// ---- the document page ----

function metadataTable(article) {
  const rules = article.chosenBy || {};
  const fields = [["title", article.title], ["outlet", article.outlet], ["byline", article.byline], ["published", article.published]];
  return el("table", {class: "metadata"},
      el("caption", {}, "What was read from the page, and the rule that chose it"),
      el("tr", {}, el("th", {scope: "col"}, "field"), el("th", {scope: "col"}, "value"), el("th", {scope: "col"}, "chosen by")),
      fields.map(([name, value]) => el("tr", {},
          el("th", {scope: "row"}, name),
          el("td", {class: value ? "value" : "value none"}, value || "—"),
          el("td", {class: rules[name] ? "rule" : "rule none"}, rules[name] || "not found"))));
}

async function documentPage(id) {
  const page = await api("documents/" + encodeURIComponent(id));
  const article = page.article;
  const listing = page.listing;
  return {title: (article.title || id) + " · Storyline", nodes: [
    el("h1", {}, article.title || "(untitled)"),
    el("p", {class: "meta"}, label(listing), article.byline ? " · by " + article.byline : "", " · ", id,
        article.url ? [" · ", webLink(article.url)] : null),
    listing.story ? el("p", {}, "Part of story ", storyLink(listing.story, listing.story),
        listing.event ? [" (", el("a", {href: storyHref(listing.story, listing.event)}, "its event"), ")"] : null) : null,
    metadataTable(article),
    el("div", {class: "columns"},
        el("section", {}, el("h2", {}, "Clean text"), article.paragraphs.map(paragraph => el("p", {class: "paragraph"}, paragraph))),
        el("section", {}, el("h2", {}, "Removed (" + article.removed.length + ")"),
            el("table", {class: "removed"}, article.removed.map(removed =>
                el("tr", {}, el("td", {class: "reason"}, removed.reason), el("td", {}, removed.text))))))]};
}

// ---- search ----

async function searchPage(query) {
  document.getElementById("q").value = query;
  const result = await api("search?limit=50&q=" + encodeURIComponent(query));
  return {title: "Search: " + query + " · Storyline", nodes: [
    el("h1", {}, "Search: ", query),
    result.documents.length === 0 ? el("p", {}, "No document matches.") : null,
    result.stories.length > 0 ? [el("h2", {}, "Stories"), storyRows(result.stories)] : null,
    result.documents.length > 0 ? [el("h2", {}, "Documents"),
      el("ul", {class: "results"}, result.documents.map(d => el("li", {}, documentLink(d.id, d.title || d.id),
          el("span", {class: "meta"}, " " + label(d)))))] : null]};
}

// ---- routing ----

let routeNumber = 0;
let shownStory = null;

function parseHash() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const question = hash.indexOf("?");
  const path = question < 0 ? hash : hash.slice(0, question);
  const params = {};
  if (question >= 0) {
    for (const pair of hash.slice(question + 1).split("&")) {
      if (!pair) continue;
      const equals = pair.indexOf("=");
      const name = equals < 0 ? pair : pair.slice(0, equals);
      const value = equals < 0 ? "" : pair.slice(equals + 1);
      try {
        params[decodeURIComponent(name)] = decodeURIComponent(value.replace(/\+/g, " "));
      } catch (e) {
        params[name] = value;
      }
    }
  }
  const [, kind, rest] = path.match(/^\/([a-z]*)\/?(.*)$/) || [];
  let id = rest || "";
  try {
    id = decodeURIComponent(id);
  } catch (e) {
    // a malformed escape: the id as written
  }
  return {kind: kind || "", id, params};
}

function focusHeading(target) {
  const node = target || main.querySelector("h1");
  if (!node) return;
  if (!node.hasAttribute("tabindex")) node.setAttribute("tabindex", "-1");
  node.focus({preventScroll: true});
  if (target) node.scrollIntoView({block: "start"});
  else window.scrollTo(0, 0);
}

async function route() {
  const number = ++routeNumber;
  const {kind, id, params} = parseHash();
  // Within the story already shown, a link to one of its events only moves there.
  if (kind === "story" && shownStory === id && params.event) {
    const target = document.getElementById("event-" + params.event);
    if (target) {
      focusHeading(target);
      return;
    }
  }
  let view;
  try {
    if (kind === "story") view = await storyPage(id);
    else if (kind === "document") view = await documentPage(id);
    else if (kind === "entity") view = await entityPage(id);
    else if (kind === "search") view = await searchPage(id);
    else if (kind === "") view = await storyList(params);
    else throw new ApiError(404, "There is no page at " + location.hash + ".");
  } catch (error) {
    const notFound = error.status === 404;
    view = {title: (notFound ? "Not found" : "Error") + " · Storyline",
      nodes: [el("h1", {}, notFound ? "Not found" : "Something went wrong"), el("p", {class: "error", role: "alert"}, error.message),
        el("p", {}, el("a", {href: "#/"}, "Back to the stories"))]};
  }
  if (number !== routeNumber) return;
  main.replaceChildren(el("div", {}, view.nodes));
  document.title = view.title;
  shownStory = kind === "story" && !view.title.startsWith("Not found") ? id : null;
  focusHeading(kind === "story" && params.event ? document.getElementById("event-" + params.event) : null);
}

document.getElementById("search").addEventListener("submit", event => {
  event.preventDefault();
  const query = document.getElementById("q").value.trim();
  if (query) location.hash = "#/search/" + encodeURIComponent(query);
});

// In-page links (the skip link, a story's table of contents) move focus without touching the hash, which routes.
document.addEventListener("click", event => {
  const link = event.target.closest && event.target.closest("a.skip, a[data-section]");
  if (!link) return;
  event.preventDefault();
  const target = link.classList.contains("skip") ? main.querySelector("h1") : document.getElementById(link.getAttribute("data-section"));
  if (target) focusHeading(target);
});

window.addEventListener("hashchange", route);
route();
