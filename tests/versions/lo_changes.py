"""Ask LibreOffice what it sees in Word documents with tracked changes. Run with /usr/bin/python3 (it has uno).

usage: lo_changes.py OUTDIR FILE.docx...

For each FILE it writes OUTDIR/<stem>.json: the tracked changes LibreOffice found (type and
author of each), and the document's text after Accept All and after Reject All (LibreOffice's
own commands, saved as plain text).
"""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def main():
    out = os.path.abspath(sys.argv[1])
    files = [os.path.abspath(f) for f in sys.argv[2:]]
    port = 3002 + os.getpid() % 1000
    profile = uno.systemPathToFileUrl(tempfile.mkdtemp(prefix="lo_changes_"))
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", f"-env:UserInstallation={profile}", f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        ctx = uno.getComponentContext()
        resolver = ctx.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", ctx)
        for _ in range(300):
            try:
                remote = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.2)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
        dispatcher = remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", remote)

        def text_after(path, command):
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (pv("Hidden", True),))
            changes = []
            redlines = doc.getRedlines().createEnumeration()
            while redlines.hasMoreElements():
                redline = redlines.nextElement()
                changes.append([redline.getPropertyValue("RedlineType"), redline.getPropertyValue("RedlineAuthor")])
            if command:
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
            target = tempfile.mktemp(suffix=".txt", dir=out)
            doc.storeToURL(uno.systemPathToFileUrl(target), (pv("FilterName", "Text (encoded)"), pv("FilterOptions", "UTF8")))
            doc.close(True)
            with open(target, encoding="utf-8-sig") as handle:
                text = handle.read()
            os.unlink(target)
            return changes, text

        for path in files:
            changes, plain = text_after(path, None)
            _, accepted = text_after(path, ".uno:AcceptAllTrackedChanges")
            _, rejected = text_after(path, ".uno:RejectAllTrackedChanges")
            stem = os.path.splitext(os.path.basename(path))[0]
            with open(os.path.join(out, stem + ".json"), "w", encoding="utf-8") as handle:
                json.dump({"changes": changes, "text": plain, "accepted": accepted, "rejected": rejected}, handle)
    finally:
        if desktop is not None:
            with contextlib.suppress(Exception):
                desktop.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


main()
