"""Opens each workbook named on the command line with openpyxl, as an analyst's script would, and
reads every cell's value, style and number format. Any warning is an error. Prints one line per
workbook: 'ok <file> <cells>' or 'FAIL <file> <what>'; exits 1 if any failed."""
import sys
import warnings

import openpyxl

warnings.simplefilter("error")
failed = False
for name in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(name)
        cells = 0
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    c.value, c.number_format, c.font, c.fill, c.alignment
                    cells += 1
            for table in ws.tables.values():
                table.ref
        print("ok", name, cells)
    except Exception as e:  # noqa: BLE001 - any failure is the finding
        failed = True
        print("FAIL", name, type(e).__name__, e)
sys.exit(1 if failed else 0)
