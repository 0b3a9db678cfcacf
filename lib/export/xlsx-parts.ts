// The small fixed parts of an .xlsx package (SpreadsheetML, ECMA-376), as strings: content types, package and
// workbook relationships, document properties, the workbook with its sheet list, and the few cell styles our
// exports use. The worksheets themselves are streamed by XlsxStreamWriter.
import { xmlAttribute, xmlText } from '../xml/text';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const HYPERLINK_RELATIONSHIP = `${OFFICE_RELATIONSHIPS_NS}/hyperlink`;

/** Cell style ids: positions in styles.xml's cellXfs below. */
export const STYLE_ID = { default: 0, bold: 1, currency: 2, link: 3 } as const;
export type CellStyle = keyof typeof STYLE_ID;
export const LINK_COLOR = 'FF1D4ED8';
export const CURRENCY_FORMAT = '"$"#,##0';

export type SheetSummary = {
  name: string;
  /** "A1:X120" when the sheet has an autofilter over that range. */
  filterRange: string | null;
};

export const worksheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;
export const worksheetRelsPath = (index: number) => `xl/worksheets/_rels/sheet${index + 1}.xml.rels`;

export const WORKSHEET_START = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS_NS}">`;
export const RELATIONSHIPS_START = `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">`;

export function contentTypesXml(sheetCount: number): string {
  const type = (part: string, contentType: string) => `<Override PartName="/${part}" ContentType="${contentType}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    type(worksheetPath(i), 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'),
  );
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    type('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
    sheets.join('') +
    type('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml') +
    type('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    type('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

export function packageRelsXml(): string {
  return (
    RELATIONSHIPS_START +
    `<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${RELATIONSHIPS_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${OFFICE_RELATIONSHIPS_NS}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** W3CDTF without milliseconds, as Office writes it. */
const w3cdtf = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function corePropertiesXml(creator: string, created: Date): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropertiesXml(application: string, sheetNames: string[]): string {
  const names = sheetNames.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join('');
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${xmlText(application)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    '</Properties>'
  );
}

/** 'Name'!$A$1:$X$120 — quoted always, an apostrophe in the name doubled. */
function absoluteRange(sheetName: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheetName.replace(/'/g, "''")}'!${absolute}`;
}

export function workbookXml(sheets: SheetSummary[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Excel keeps each sheet's autofilter range as this hidden built-in name and expects it alongside <autoFilter>.
  const filters = sheets
    .map((s, i) =>
      s.filterRange
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(absoluteRange(s.name, s.filterRange))}</definedName>`
        : '',
    )
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (filters ? `<definedNames>${filters}</definedNames>` : '') +
    '</workbook>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE_RELATIONSHIPS_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return (
    RELATIONSHIPS_START +
    sheets.join('') +
    `<Relationship Id="rId${sheetCount + 1}" Type="${OFFICE_RELATIONSHIPS_NS}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

/** Fonts: 0 normal, 1 bold, 2 link (blue, underlined); cellXfs in STYLE_ID's order. */
export function stylesXml(): string {
  const font = (look: string) => `<font>${look}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  return (
    `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${xmlAttribute(CURRENCY_FORMAT)}"/></numFmts>` +
    `<fonts count="3">${font('')}${font('<b/>')}${font(`<u/><color rgb="${LINK_COLOR}"/>`)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0"/>' +
    '</styleSheet>'
  );
}
