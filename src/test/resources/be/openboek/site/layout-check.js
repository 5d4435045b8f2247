// Run in the page by PhoneLayoutTest (Selenium executeScript: the body of a function, its result goes back to
// Java). Looks at the page as laid out at the window's width and returns
//   {problems: [text, ...], amounts: n, unmarked: [text, ...]}
// where amounts counts the amounts looked at, unmarked lists the amounts in a table cell that the templates did
// not mark with class "amount", and a problem is: the page is wider than the window; an amount (an element with class "amount", or any
// text like "€ 3.916.000", also inside a chart) or a table cell lies partly outside the window or outside
// the visible box of an ancestor that clips or scrolls its content (overflow other than visible); an amount
// element is wider than its own box. Only what is rendered counts: not the hidden rows of a filtered list, nor
// text hidden visually for screen readers (the column headers of a table shown as cards).
const width = document.documentElement.clientWidth;
const problems = [];
let amounts = 0;
const unmarked = [];

if (document.documentElement.scrollWidth > width) {
  problems.push("the page is " + document.documentElement.scrollWidth + " px wide in a window of " + width + " px");
}

// A short, recognisable name for an element in a message.
function describe(element) {
  let name = element.tagName.toLowerCase();
  if (element.id) name += "#" + element.id;
  const classes = element.getAttribute("class");
  if (classes) name += "." + classes.trim().split(/\s+/).join(".");
  return name;
}

// Elements between `element` and the page that show only part of their content: any overflow other than
// visible. The root and body pass their overflow to the window, which the width check above covers. Inside an
// SVG only the outer <svg> box clips.
function clippingAncestors(element) {
  const found = [];
  for (let a = element.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
    const inSvg = a instanceof SVGElement && a.ownerSVGElement !== null;
    const style = getComputedStyle(a);
    if (!inSvg && (style.overflowX !== "visible" || style.overflowY !== "visible")) found.push(a);
  }
  return found;
}

// The part of a clipping element where its content shows: its padding box, without scroll bars.
function visibleBox(element) {
  const r = element.getBoundingClientRect();
  const left = r.left + element.clientLeft;
  const top = r.top + element.clientTop;
  return {left: left, right: left + element.clientWidth, top: top, bottom: top + element.clientHeight};
}

const SLACK = 0.5; // sub-pixel rounding
function checkBox(rect, element, what) {
  if (rect.width === 0 && rect.height === 0) return;
  const text = JSON.stringify(what.slice(0, 60));
  if (rect.left < -SLACK || rect.right > width + SLACK) {
    problems.push(text + " (" + describe(element) + ") is outside the window: " + Math.round(rect.left) + " to "
        + Math.round(rect.right) + " px of " + width);
  }
  for (const clip of clippingAncestors(element)) {
    const box = visibleBox(clip);
    if (rect.left < box.left - SLACK || rect.right > box.right + SLACK
        || rect.top < box.top - SLACK || rect.bottom > box.bottom + SLACK) {
      problems.push(text + " (" + describe(element) + ") is cut off by " + describe(clip) + ": it spans "
          + Math.round(rect.left) + " to " + Math.round(rect.right) + " px, the box shows " + Math.round(box.left)
          + " to " + Math.round(box.right) + " px");
      break;
    }
  }
}

// Hidden visually but read by screen readers: clipped away (clip or clip-path) by the element or an ancestor.
function visuallyHidden(element) {
  for (let e = element; e && e !== document.body; e = e.parentElement) {
    const style = getComputedStyle(e);
    if ((style.clip !== "auto" && style.clip !== "") || style.clipPath !== "none") return true;
  }
  return false;
}

function rendered(element) {
  return element.getClientRects().length > 0 && !visuallyHidden(element);
}

// Elements marked as amounts by the templates.
for (const element of document.querySelectorAll(".amount")) {
  if (!rendered(element)) continue;
  amounts++;
  checkBox(element.getBoundingClientRect(), element, element.textContent.trim());
  if (getComputedStyle(element).display !== "inline" && element.scrollWidth > element.clientWidth) {
    problems.push(JSON.stringify(element.textContent.trim()) + " (" + describe(element) + ") is wider than its box: "
        + element.scrollWidth + " > " + element.clientWidth + " px");
  }
}

// Every euro amount in the text, wherever it is (tables, prose, charts).
const EURO = /€[\s\u00a0\u202f]*\d[\d.,]*/g;
const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "title", "desc"]);
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
  acceptNode(node) {
    for (let p = node.parentNode; p && p !== document.body; p = p.parentNode) {
      if (skip.has(p.nodeName)) return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  }
});
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  for (const match of node.data.matchAll(EURO)) {
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rects = range.getClientRects();
    if (rects.length === 0 || visuallyHidden(node.parentElement)) continue;
    amounts++;
    if (node.parentElement.closest("td, th") && !node.parentElement.closest(".amount")) unmarked.push(match[0]);
    for (const rect of rects) checkBox(rect, node.parentElement, match[0]);
  }
}

// Every table cell: a column cut off at the edge of its table is as bad on a desktop as on a phone.
for (const cell of document.querySelectorAll("td, th")) {
  if (rendered(cell)) checkBox(cell.getBoundingClientRect(), cell, cell.textContent.trim());
}

return {problems: problems, amounts: amounts, unmarked: unmarked};
