// The search page's filters. Pagefind counts every filter value for the current results; a group lists only the
// values those results have (a box stays listed while it is ticked), the most frequent first, a few at a time with
// "Show more", and a long group gets a box to narrow it by name. A large archive has thousands of names, and
// drawing a checkbox for each froze phones for seconds.
(() => {
  const step = 8;
  const groups = [
    { name: "country", label: "Country", plural: "countries" },
    { name: "year", label: "Year", plural: "years" },
    { name: "source", label: "Source", plural: "sources" },
    { name: "person", label: "Person", plural: "people" },
    { name: "organization", label: "Organisation", plural: "organisations" },
  ];
  const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

  /** One fieldset per group; its list is redrawn on each update, the fieldset and its narrowing box stay. */
  function createGroup(group, onToggle) {
    const fieldset = document.createElement("fieldset");
    fieldset.className = "search-filter";
    fieldset.hidden = true;
    const legend = document.createElement("legend");
    legend.textContent = group.label;
    const narrow = document.createElement("input");
    narrow.type = "search";
    narrow.className = "search-filter-narrow";
    narrow.placeholder = `Find ${group.plural}`;
    narrow.setAttribute("aria-label", `Find ${group.plural} among the filters`);
    narrow.autocomplete = "off";
    const list = document.createElement("ul");
    const more = document.createElement("button");
    more.type = "button";
    more.className = "search-filter-more";
    fieldset.append(legend, narrow, list, more);

    // `values` come most frequent first, with `counts` beside them (assets/search-engine.js).
    const state = { values: [], counts: [], selected: new Set(), shown: step };
    function draw() {
      const words = fold(narrow.value.trim());
      const matching = state.values
        .map((value, index) => [value, state.counts[index]])
        .filter(([value]) => words === "" || fold(value).includes(words));
      // Ticked values first, so a box never moves out of sight while it is ticked.
      const values = [
        ...matching.filter(([value]) => state.selected.has(value)),
        ...matching.filter(([value]) => !state.selected.has(value)),
      ];
      const focused = list.contains(document.activeElement) ? document.activeElement.value : undefined;
      list.replaceChildren(
        ...values.slice(0, state.shown).map(([value, count]) => {
          const item = document.createElement("li");
          const label = document.createElement("label");
          const box = document.createElement("input");
          box.type = "checkbox";
          box.name = group.name;
          box.value = value;
          box.checked = state.selected.has(value);
          box.addEventListener("change", () => {
            if (box.checked) state.selected.add(value);
            else state.selected.delete(value);
            onToggle();
          });
          const countText = document.createElement("span");
          countText.className = "count";
          countText.textContent = count.toLocaleString("en");
          label.append(box, `${value} `, countText);
          item.append(label);
          return item;
        }),
      );
      if (focused !== undefined) {
        for (const box of list.querySelectorAll("input")) if (box.value === focused) box.focus();
      }
      const hidden = values.length - state.shown;
      more.hidden = hidden <= 0;
      more.textContent = `Show ${Math.min(step, hidden)} more ${group.plural}`;
      narrow.hidden = words === "" && state.values.length <= step;
      fieldset.hidden = values.length === 0 && words === "";
    }
    narrow.addEventListener("input", () => {
      state.shown = step;
      draw();
    });
    more.addEventListener("click", () => {
      state.shown += step;
      draw();
    });
    return {
      element: fieldset,
      selected: () => [...state.selected],
      update(counts, selected) {
        state.values = counts?.values ?? [];
        state.counts = counts?.counts ?? [];
        state.selected = new Set(selected ?? []);
        draw();
      },
    };
  }

  /**
   * Draws the filter groups into `container`; `onChange(filters)` gets `{ country: ["Germany"], … }` whenever a
   * box is ticked or cleared. `update(counts, filters)` redraws them from the engine's counts: `{ country: { values, counts } }`.
   */
  window.newsarchiveFilterPanel = (container, onChange) => {
    const drawn = groups.map((group) => ({
      name: group.name,
      ...createGroup(group, () => onChange(selectedFilters())),
    }));
    function selectedFilters() {
      const filters = {};
      for (const group of drawn) {
        const values = group.selected();
        if (values.length > 0) filters[group.name] = values;
      }
      return filters;
    }
    container.replaceChildren(...drawn.map((group) => group.element));
    return {
      names: groups.map((group) => group.name),
      update(counts, filters) {
        for (const group of drawn) group.update(counts[group.name], filters[group.name]);
      },
    };
  };
})();
