#!/usr/bin/env python3
"""Gives every unfinished numerus entry of inventory_en.ts its two English forms.

Source strings mark what changes with the number: "(s)" is added for the plural, and the
pairs below ("is/are") are the singular and the plural word. The build's update_translations
target runs it after lupdate -pluralonly (models/CMakeLists.txt).
"""
import re
import sys
import xml.etree.ElementTree as ET

PAIRS = ["is/are", "It/They", "it/they", "holds/hold", "keeps/keep", "gives/give", "expires/expire",
         "has/have", "differs/differ", "goes/go", "stays/stay", "was/were", "books/book"]


# Where the singular is not the plural minus its "s".
IRREGULAR = {
    "All %Ln line(s) are valid.": ("The %Ln line is valid.", "All %Ln lines are valid."),
    "None of the %Ln line(s) is valid; there is nothing to import.":
        ("The %Ln line has a problem; there is nothing to import.",
         "None of the %Ln lines is valid; there is nothing to import."),
    "%Ln have problems": ("%Ln has a problem", "%Ln have problems"),
    "Show &only the %Ln line(s) with problems":
        ("Show &only the line with a problem", "Show &only the %Ln lines with problems"),
    "the %Ln line(s) with problems": ("the line with a problem", "the %Ln lines with problems"),
    "%Ln entry(s)": ("%Ln entry", "%Ln entries"),
    "%1; %Ln more category(s): %2": ("%1; %Ln more category: %2", "%1; %Ln more categories: %2"),
    "The newest %Ln entry(s); more as you scroll":
        ("The newest entry; more as you scroll", "The newest %Ln entries; more as you scroll"),
    "Not possible for this file: %Ln line(s) have problems. Correct them and open the file again, or "
    "import the valid rows.":
        ("Not possible for this file: %Ln line has a problem. Correct it and open the file again, or "
         "import the valid rows.",
         "Not possible for this file: %Ln lines have problems. Correct them and open the file again, "
         "or import the valid rows."),
}


def forms(source):
    if source in IRREGULAR:
        return IRREGULAR[source]
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    for pair in PAIRS:
        singular, plural = pair.split("/")
        pattern = r"(?<![\w/])" + re.escape(pair) + r"(?![\w/])"
        one = re.sub(pattern, singular, one)
        many = re.sub(pattern, plural, many)
    return one, many


path = sys.argv[1] if len(sys.argv) > 1 else "inventory_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation.get("type") != "unfinished" and all((f.text or "") for f in translation):
        continue
    for child in list(translation):
        translation.remove(child)
    for text in forms(message.find("source").text):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
