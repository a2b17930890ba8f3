#!/usr/bin/env python3
"""Gives every unfinished numerus entry of inventory_en.ts its two English forms.

Source strings mark what changes with the number: "(s)" is added for the plural, and the
pairs below ("is/are") are the singular and the plural word. Run after lupdate -pluralonly.
"""
import re
import sys
import xml.etree.ElementTree as ET

PAIRS = ["is/are", "It/They", "it/they", "holds/hold", "keeps/keep", "gives/give", "expires/expire",
         "has/have", "differs/differ", "goes/go", "stays/stay", "was/were", "books/book"]


def forms(source):
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
