"""Independent reader for the xlsx export (standard library only: zipfile + ElementTree, no exceljs).

Prints JSON: sheet names, the number of data rows in the first sheet, and the external hyperlink targets
of the first sheet. Used by tests/e2e/xlsx-independent.spec.ts.
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}

with zipfile.ZipFile(sys.argv[1]) as book:
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    sheets = [s.get("name") for s in workbook.find("m:sheets", NS)]
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    first_rid = workbook.find("m:sheets", NS)[0].get("{%s}id" % NS["r"])
    target = next(r.get("Target") for r in rels if r.get("Id") == first_rid)
    sheet_path = "xl/" + target.lstrip("/").removeprefix("xl/")
    sheet = ET.fromstring(book.read(sheet_path))
    rows = sheet.find("m:sheetData", NS).findall("m:row", NS)
    frozen = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    links = []
    hyperlinks = sheet.find("m:hyperlinks", NS)
    if hyperlinks is not None:
        rel_name = sheet_path.rsplit("/", 1)
        sheet_rels = ET.fromstring(book.read(f"{rel_name[0]}/_rels/{rel_name[1]}.rels"))
        targets = {r.get("Id"): r.get("Target") for r in sheet_rels}
        for link in hyperlinks:
            links.append(targets.get(link.get("{%s}id" % NS["r"])))
    print(json.dumps({
        "sheets": sheets,
        "dataRows": len(rows) - 1,
        "frozen": frozen is not None and frozen.get("state") == "frozen",
        "autoFilter": sheet.find("m:autoFilter", NS) is not None,
        "links": links,
    }))
