// Storyline web UI: reads the JSON API and builds every element with DOM calls and text nodes, never with HTML
// strings, so whatever a document contains is shown as text.
"use strict";

const main = document.getElementById("main");

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch("/api/" + path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function show(...nodes) {
  main.replaceChildren(el("div", {}, nodes));
}

// A document's URL is a link only when it is http or https; any other scheme (javascript:, data:) is shown as text.
function webLink(url) {
  return /^https?:\/\//i.test(url.trim()) ? el("a", {href: url.trim(), rel: "noreferrer"}, "original") : el("span", {class: "url"}, url);
}

function storyLink(id, text) {
  return el("a", {href: "#/story/" + encodeURIComponent(id)}, text);
}

function documentLink(id, text) {
  return el("a", {href: "#/document/" + encodeURIComponent(id)}, text);
}

function label(listing) {
  if (!listing) return "unknown source";
  const outlet = listing.outlet || listing.id;
  return listing.published ? outlet + ", " + listing.published : outlet;
}

function storyMeta(story) {
  const meta = el("span", {class: "meta"}, " " + story.documents + " documents, " + story.events + " events, "
      + story.sources + " sources" + (story.first ? ", " + story.first + (story.last !== story.first ? " to " + story.last : "") : ""));
  const badge = story.disputed > 0 ? el("span", {class: "badge disputed"}, story.disputed + " disputed") : null;
  return [meta, badge];
}

async function storyList() {
  const stories = await api("stories?limit=200");
  document.title = "Storyline";
  if (stories.length === 0) {
    show(el("h1", {}, "Stories"), el("p", {}, "The store holds no stories yet: ingest documents with `storyline ingest`."));
    return;
  }
  show(el("h1", {}, "Stories"),
      el("ul", {class: "stories"}, stories.map(story => el("li", {}, storyLink(story.id, story.title || story.id), storyMeta(story)))));
}

function cited(items, byId) {
  return el("ul", {}, items.map(item => el("li", {}, item.text, " ", citation(item.documents, byId))));
}

function citation(ids, byId) {
  const links = [];
  ids.forEach((id, i) => {
    if (i > 0) links.push("; ");
    links.push(documentLink(id, label(byId.get(id))));
  });
  return el("span", {class: "cite"}, "(", links, ")");
}

function timeline(entries, byId) {
  return el("table", {class: "timeline"},
      el("tr", {}, el("th", {}, "date"), el("th", {}, "what happened"), el("th", {}, "sources")),
      entries.map(entry => el("tr", {}, el("td", {}, entry.date || "undated"), el("td", {}, entry.text),
          el("td", {}, citation(entry.documents, byId)))));
}

function sources(page, byId) {
  return el("ul", {class: "sources"}, page.families.map(family => {
    const canonical = byId.get(family.canonical);
    const item = el("li", {}, documentLink(family.canonical, label(canonical)), ": ", (canonical && canonical.title) || "");
    const copies = family.documents.filter(id => id !== family.canonical);
    if (copies.length > 0) {
      item.append(el("details", {}, el("summary", {}, copies.length + (copies.length === 1 ? " copy" : " copies") + " folded"),
          el("ul", {}, copies.map(id => el("li", {}, documentLink(id, label(byId.get(id))))))));
    }
    return item;
  }));
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
    sections.push(el("h3", {class: "speaker"}, first.speaker || "Unattributed", first.anonymous ? " (unnamed source)" : ""));
    for (const quote of group) {
      const [head, ...others] = quote.variants;
      const said = quote.kind === "DIRECT" ? "“" + head.text + "”" : head.text;
      const block = el("blockquote", {class: "quote"}, said, quote.kind === "INDIRECT" ? " (retold)" : "", " ", citation(head.documents, byId));
      sections.push(block);
      for (const other of others) {
        sections.push(el("p", {class: "meta"}, "also quoted as “", other.text, "” ", citation(other.documents, byId)));
      }
    }
  }
  return sections;
}

function claims(list, byId) {
  const disputed = list.filter(claim => claim.status === "DISPUTED");
  const agreed = list.filter(claim => claim.status === "AGREED");
  const single = list.filter(claim => claim.status === "SINGLE_SOURCE");
  const parts = [];
  if (disputed.length > 0) {
    parts.push(el("h3", {}, "Disputed"), el("table", {class: "disputed"},
        el("tr", {}, el("th", {}, "one side"), el("th", {}, "the other side")),
        disputed.map(claim => el("tr", {class: "claim disputed"},
            el("td", {}, claim.text, " ", citation(claim.documents, byId)),
            el("td", {class: "against"}, claim.evidence.filter(e => e.stance === "CONTRADICTS").map(e =>
                el("div", {}, e.text, " ", citation([e.document], byId), e.reason ? el("span", {class: "meta"}, " (" + e.reason + ")") : null)))))));
  }
  if (agreed.length > 0) {
    parts.push(el("h3", {}, "Agreed"), agreed.map(claim => el("p", {class: "claim agreed"}, claim.text, " ", citation(claim.documents, byId))));
  }
  if (single.length > 0) {
    parts.push(el("h3", {}, "Single source"), single.map(claim => el("p", {class: "claim single-source"}, claim.text, " ", citation(claim.documents, byId))));
  }
  return parts;
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
  return [el("h2", {}, "Coverage"),
    el("img", {class: "chart", src: "/api/stories/" + encodeURIComponent(id) + "/coverage.svg", alt: "Documents per " + numbers.unit + " by outlet, with the events marked; the numbers are in the table below"}),
    numbers.undated > 0 ? el("p", {class: "meta"}, numbers.undated + " undated documents are not shown.") : null,
    el("details", {}, el("summary", {}, "The numbers behind the chart"),
        el("table", {class: "numbers"},
            el("tr", {}, el("th", {}, numbers.unit), numbers.outlets.map(outlet => el("th", {}, outlet)), el("th", {}, "all"), el("th", {}, "events")),
            rows))];
}

async function storyPage(id) {
  const [page, numbers] = await Promise.all([api("stories/" + encodeURIComponent(id)), api("stories/" + encodeURIComponent(id) + "/coverage")]);
  const story = page.story;
  const byId = new Map(page.documents.map(listing => [listing.id, listing]));
  document.title = story.title + " · Storyline";
  show(el("h1", {}, story.title),
      el("p", {class: "meta"}, story.events.length + " events, " + story.documents.length + " documents, "
          + page.families.length + " independent sources"),
      coverage(id, numbers),
      el("h2", {}, "Summary"), cited(story.summary, byId),
      story.timeline.length > 0 ? [el("h2", {}, "Timeline"), timeline(story.timeline, byId)] : null,
      el("h2", {}, "Sources"), sources(page, byId),
      story.quotes.length > 0 ? [el("h2", {}, "Who said what"), voices(story.quotes, byId)] : null,
      story.claims.length > 0 ? [el("h2", {}, "Claims"), claims(story.claims, byId)] : null,
      el("h2", {}, "Events"),
      el("ul", {}, page.events.map(event => el("li", {}, event.date ? event.date + ": " : "", event.title,
          el("span", {class: "meta"}, " (" + event.documents.length + " documents)")))));
}

async function documentPage(id) {
  const page = await api("documents/" + encodeURIComponent(id));
  const article = page.article;
  const listing = page.listing;
  document.title = (article.title || id) + " · Storyline";
  show(el("h1", {}, article.title || "(untitled)"),
      el("p", {class: "meta"}, label(listing), article.byline ? " · by " + article.byline : "", " · ", id,
          article.url ? [" · ", webLink(article.url)] : null),
      listing.story ? el("p", {}, "Part of story ", storyLink(listing.story, listing.story)) : null,
      el("div", {class: "columns"},
          el("section", {}, el("h2", {}, "Clean text"), article.paragraphs.map(paragraph => el("p", {class: "paragraph"}, paragraph))),
          el("section", {}, el("h2", {}, "Removed (" + article.removed.length + ")"),
              el("table", {class: "removed"}, article.removed.map(removed =>
                  el("tr", {}, el("td", {class: "reason"}, removed.reason), el("td", {}, removed.text)))))));
}

async function searchPage(query) {
  document.getElementById("q").value = query;
  const result = await api("search?limit=50&q=" + encodeURIComponent(query));
  document.title = query + " · Storyline";
  show(el("h1", {}, "Search: ", query),
      result.documents.length === 0 ? el("p", {}, "No document matches.") : null,
      result.stories.length > 0 ? [el("h2", {}, "Stories"),
        el("ul", {class: "stories"}, result.stories.map(story => el("li", {}, storyLink(story.id, story.title), storyMeta(story))))] : null,
      result.documents.length > 0 ? [el("h2", {}, "Documents"),
        el("ul", {class: "results"}, result.documents.map(d => el("li", {}, documentLink(d.id, d.title || d.id),
            el("span", {class: "meta"}, " " + label(d)))))] : null);
}

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [, kind, rest] = hash.match(/^\/([a-z]*)\/?(.*)$/) || [];
  try {
    if (kind === "story") await storyPage(decodeURIComponent(rest));
    else if (kind === "document") await documentPage(decodeURIComponent(rest));
    else if (kind === "search") await searchPage(decodeURIComponent(rest));
    else await storyList();
  } catch (error) {
    show(el("h1", {}, "Not found"), el("p", {class: "error"}, error.message));
  }
  window.scrollTo(0, 0);
}

document.getElementById("search").addEventListener("submit", event => {
  event.preventDefault();
  const query = document.getElementById("q").value.trim();
  if (query) location.hash = "#/search/" + encodeURIComponent(query);
});
window.addEventListener("hashchange", route);
route();
