"""RELAX NG schema (XML syntax) of the TEI P5 subset that :mod:`export_tei` writes.

Kept in a module rather than a ``.rng`` file so that it travels with the package whatever
the package-data settings. The element names and structure are TEI P5's; the schema only
narrows them to what the export emits, so a document valid here is structurally TEI.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"

TEI_SUBSET_RNG = """<?xml version="1.0" encoding="UTF-8"?>
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         ns="http://www.tei-c.org/ns/1.0"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="TEI">
      <element name="teiHeader">
        <element name="fileDesc">
          <element name="titleStmt">
            <element name="title"><text/></element>
            <zeroOrMore><element name="author"><text/></element></zeroOrMore>
          </element>
          <element name="publicationStmt"><ref name="plainP"/></element>
          <element name="sourceDesc"><ref name="plainP"/></element>
        </element>
      </element>
      <element name="text">
        <element name="body">
          <zeroOrMore><ref name="pb"/></zeroOrMore>
          <oneOrMore>
            <element name="div">
              <optional><attribute name="type"><data type="NCName"/></attribute></optional>
              <zeroOrMore><ref name="pb"/></zeroOrMore>
              <optional>
                <element name="head"><text/></element>
              </optional>
              <zeroOrMore>
                <choice><ref name="pb"/><ref name="p"/><ref name="quote"/></choice>
              </zeroOrMore>
            </element>
          </oneOrMore>
        </element>
        <optional>
          <element name="back">
            <element name="div">
              <attribute name="type"><value>notes</value></attribute>
              <zeroOrMore>
                <element name="note">
                  <attribute name="place"><value>foot</value></attribute>
                  <attribute name="n"><text/></attribute>
                  <attribute name="xml:id" ns=""><data type="ID"/></attribute>
                  <optional><attribute name="type"><value>missing</value></attribute></optional>
                  <text/>
                </element>
              </zeroOrMore>
            </element>
          </element>
        </optional>
      </element>
    </element>
  </start>
  <define name="plainP"><element name="p"><text/></element></define>
  <define name="pb">
    <element name="pb"><attribute name="n"><data type="integer"/></attribute></element>
  </define>
  <define name="ref">
    <element name="ref">
      <attribute name="target"><data type="anyURI"/></attribute>
      <attribute name="n"><text/></attribute>
      <text/>
    </element>
  </define>
  <define name="inline">
    <mixed><zeroOrMore><choice><ref name="ref"/><ref name="pb"/></choice></zeroOrMore></mixed>
  </define>
  <define name="p">
    <element name="p">
      <attribute name="xml:id" ns=""><data type="ID"/></attribute>
      <ref name="inline"/>
    </element>
  </define>
  <define name="quote">
    <element name="quote">
      <attribute name="xml:id" ns=""><data type="ID"/></attribute>
      <ref name="inline"/>
    </element>
  </define>
</grammar>
"""


@lru_cache(maxsize=1)
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(TEI_SUBSET_RNG.encode("utf-8")))
