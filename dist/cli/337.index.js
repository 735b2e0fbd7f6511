export const id = 337;
export const ids = [337];
export const modules = {

/***/ 337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFast: () => (/* binding */ parseFast)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5090);
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3969);
// The fast reading of a manifest: js-yaml (some 20x faster than yaml's parseDocument, and it
// allocates no syntax tree) with, for each map and list, the offset where it starts, which is all
// a valid manifest needs (each check's and assertion's line). Anything out of the ordinary
// (a syntax error, a duplicate key, anchors, aliases, tags, deep nesting) returns undefined, and the manifest is read again by yaml (parse-yaml.ts), which
// says exactly what and where. So this module never has to explain a problem.



const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .FAILSAFE_SCHEMA */ .uH.extend({
    // One type per tag: js-yaml keeps only the last of several with the same tag.
    implicit: [
        scalarType('null', _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .NULL */ .Cq, () => null),
        scalarType('bool', _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .BOOL */ .HX, (text) => text[0] === 't' || text[0] === 'T'),
        scalarType('int', _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .INT */ .I8, _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .intValue */ .NH),
        scalarType('float', _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .FLOAT */ .zH, _core_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .floatValue */ .Qg),
    ],
});
/**
 * What js-yaml reads differently, or without the checks yaml makes: a tag (`!!int`) at the start
 * of a token, an explicit key (`? `), a list or map used as a key (`[x, y]: 1`, which js-yaml turns
 * into text), an empty key in a flow (`{ a,: b }`, which js-yaml calls "null"), a `#` right after a
 * closing quote or bracket (`a: "b"#c`, which yaml refuses and js-yaml reads as a comment), a key
 * `null:` or `~:` (js-yaml's key is the text "null", yaml's is empty), an escape `\U` (js-yaml
 * reads one past U+10FFFF as garbage). A quoted value that merely looks like one only costs the
 * careful reading.
 */
const UNORDINARY = /(?:^|[\s[{,:-])!|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:(?:\s|$)|[{,]\s*:(?:[\s,\]}]|$)|["'\]}]#|(?:^|[\s[{,-])(?:null|Null|NULL|~)\s*:(?:\s|$)|\\U/m;
function scalarType(name, test, construct) {
    return new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU(`tag:yaml.org,2002:${name}`, { kind: 'scalar', resolve: (text) => typeof text === 'string' && test.test(text), construct });
}
function parseFast(text) {
    if (text.charCodeAt(0) === 0xfeff)
        return undefined; // js-yaml would drop it and shift every offset
    if (UNORDINARY.test(text))
        return undefined;
    const starts = new WeakMap();
    const opened = [];
    let ordinary = true;
    const listener = (event, state) => {
        if (event === 'open') {
            opened.push(state.position);
            if (opened.length > _parse_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M1 - 2)
                ordinary = false;
            return;
        }
        const from = opened.pop();
        if (state.anchor !== null)
            ordinary = false;
        const result = state.result;
        // A node can close twice (js-yaml wraps the root); the innermost opening is the node's own. No
        // alias shares a node: an alias needs an anchor, which sends the manifest to yaml.
        if (typeof result === 'object' && result !== null && !starts.has(result))
            starts.set(result, contentStart(text, from));
    };
    try {
        const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: SCHEMA, listener });
        return ordinary ? { value, starts } : undefined;
    }
    catch {
        return undefined;
    }
}
/** The first character of a node that js-yaml opened at `from`: past spaces, line breaks and comments. */
function contentStart(text, from) {
    let at = from;
    for (;;) {
        const char = text.charCodeAt(at);
        if (char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d)
            at++;
        else if (char === 0x23 && (at === 0 || /\s/.test(text[at - 1]))) {
            const end = text.indexOf('\n', at);
            if (end === -1)
                return text.length;
            at = end + 1;
        }
        else
            return at;
    }
}


/***/ })

};
