#!/usr/bin/python3
"""Edits .xlsx workbooks the way a person would in LibreOffice Calc, through python-uno.

Run with /usr/bin/python3 (the interpreter that has the `uno` module):

    uno-edit.py --profile DIR JOB [JOB ...]

Each JOB is a JSON object naming a workbook, the sheet to edit and the steps of the edit:

    {"in": "a.xlsx", "out": "b.xlsx", "sheet": "Kế hoạch kinh phí", "steps": [STEP, ...]}

and each STEP one of

    {"op": "set-number", "cell": "E14", "value": 1234.5}  a figure put over another (XCell.setValue)
    {"op": "delete-row", "row": 14}                       the whole sheet row 14 (1-based) deleted
    {"op": "type", "cell": "G19", "text": "06/05/2024"}   text typed into the cell and Enter pressed
                                                          (.uno:EnterString): Calc reads it as typing
                                                          is read, in the profile's locale
    {"op": "clear-formatting", "cell": "G19"}             Format > Clear Direct Formatting (Ctrl+M)

For every job the workbook is loaded, edited, recalculated (calculateAll) and stored as .xlsx
("Calc MS Excel 2007 XML"). One line of JSON per job goes to stdout: per step what it touched before,
and for every cell a step named its formula, value, shown text and number format afterwards.

One soffice is started for all the jobs, with the private profile DIR (its locale set to vi-VN when
the profile is new, so "06/05/2024" is the 6th of May as a Vietnamese user means it) and a pipe name
of its own, and terminated at the end. Only that soffice is ever killed: it runs in a process group
this script creates, and the group is killed only if it does not exit when asked.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import uuid

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError:
    sys.exit("No python-uno in %s: run this with /usr/bin/python3 (apt-get install python3-uno)." % sys.executable)

SOFFICE_CANDIDATES = (
    "/usr/lib/libreoffice/program/soffice",
    "/usr/bin/soffice",
    "/opt/libreoffice/program/soffice",
)
CONNECT_TIMEOUT_S = 120
EXIT_TIMEOUT_S = 60
XLSX_FILTER = "Calc MS Excel 2007 XML"

PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def soffice_path():
    for c in SOFFICE_CANDIDATES:
        if os.path.exists(c):
            return c
    sys.exit("LibreOffice (soffice) is missing: install libreoffice-calc-nogui and python3-uno.")


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def prepare_profile(profile_dir):
    """A new profile gets the vi-VN locale; an existing one is left as it is."""
    user = os.path.join(profile_dir, "user")
    os.makedirs(user, exist_ok=True)
    settings = os.path.join(user, "registrymodifications.xcu")
    if not os.path.exists(settings):
        with open(settings, "w", encoding="utf-8") as f:
            f.write(PROFILE_SETTINGS)


class Office:
    """One headless soffice of our own, reached over a private pipe."""

    def __init__(self, profile_dir):
        prepare_profile(profile_dir)
        self.pipe = "gnbv_uno_%d_%s" % (os.getpid(), uuid.uuid4().hex[:12])
        args = [
            soffice_path(),
            "-env:UserInstallation=" + file_url(profile_dir),
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
        ]
        # A session of its own: the launcher and soffice.bin are in a process group made here, so a
        # failed exit can end exactly the processes started here and nothing else.
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self.ctx = self._connect()
            smgr = self.ctx.ServiceManager
            self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
            self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        except BaseException:
            self._kill()
            raise

    def _connect(self):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("soffice exited with %s before accepting a connection" % self.proc.returncode)
            try:
                return resolver.resolve(url)
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise RuntimeError("soffice did not accept a connection within %ds" % CONNECT_TIMEOUT_S)
                time.sleep(0.25)

    def _kill(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=EXIT_TIMEOUT_S)

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:  # the bridge dies with the office: a DisposedException is the normal end
            pass
        try:
            self.proc.wait(timeout=EXIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self._kill()

    def dispatch(self, doc, command, *args):
        frame = doc.getCurrentController().getFrame()
        self.dispatcher.executeDispatch(frame, command, "", 0, tuple(args))


def cell_state(doc, sheet, address):
    cell = sheet.getCellRangeByName(address)
    return {
        "formula": cell.getFormula(),
        "value": cell.getValue(),
        "text": cell.getString(),
        "numberFormat": doc.getNumberFormats().getByKey(cell.NumberFormat).FormatString,
    }


def row_texts(sheet, row):
    """The first columns of a 1-based row as shown, to say which row was deleted."""
    rng = sheet.getCellRangeByPosition(0, row - 1, 3, row - 1)
    return [sheet.getCellByPosition(c, row - 1).getString() for c in range(rng.Columns.Count)]


def select(doc, sheet, address):
    controller = doc.getCurrentController()
    controller.setActiveSheet(sheet)
    controller.select(sheet.getCellRangeByName(address))


def apply_step(office, doc, sheet, step):
    op = step["op"]
    if op == "set-number":
        before = cell_state(doc, sheet, step["cell"])
        sheet.getCellRangeByName(step["cell"]).setValue(float(step["value"]))
        return {"op": op, "cell": step["cell"], "before": before}
    if op == "delete-row":
        row = int(step["row"])
        before = row_texts(sheet, row)
        sheet.getRows().removeByIndex(row - 1, 1)
        return {"op": op, "row": row, "before": before}
    if op == "type":
        before = cell_state(doc, sheet, step["cell"])
        select(doc, sheet, step["cell"])
        office.dispatch(doc, ".uno:EnterString", prop("StringName", step["text"]))
        return {"op": op, "cell": step["cell"], "before": before}
    if op == "clear-formatting":
        before = cell_state(doc, sheet, step["cell"])
        select(doc, sheet, step["cell"])
        office.dispatch(doc, ".uno:ResetAttributes")
        return {"op": op, "cell": step["cell"], "before": before}
    raise ValueError("unknown step: %r" % op)


def run_job(office, job):
    doc = office.desktop.loadComponentFromURL(file_url(job["in"]), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open %s" % job["in"])
    try:
        sheets = doc.getSheets()
        if not sheets.hasByName(job["sheet"]):
            raise RuntimeError("no sheet %r in %s" % (job["sheet"], job["in"]))
        sheet = sheets.getByName(job["sheet"])
        steps = [apply_step(office, doc, sheet, s) for s in job["steps"]]
        doc.calculateAll()
        after = {s["cell"]: cell_state(doc, sheet, s["cell"]) for s in steps if "cell" in s}
        doc.storeToURL(file_url(job["out"]), (prop("FilterName", XLSX_FILTER), prop("Overwrite", True)))
        return {"out": job["out"], "steps": steps, "after": after}
    finally:
        doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", required=True, help="a private LibreOffice profile directory")
    parser.add_argument("jobs", nargs="+", help="one JSON object per workbook to edit")
    ns = parser.parse_args()
    jobs = [json.loads(j) for j in ns.jobs]
    # Stopped by the caller (a test's timeout): end through `finally`, so soffice is terminated too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    office = Office(ns.profile)
    try:
        for job in jobs:
            print(json.dumps(run_job(office, job), ensure_ascii=False), flush=True)
    finally:
        office.close()


if __name__ == "__main__":
    main()
