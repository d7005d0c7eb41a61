"""Recipes of patch-clamp solutions, as ions and mM, for the liquid junction potential.

Each recipe is a tuple of ``(ion name, mM)`` pairs, read-only; ``dict(recipe)`` is
the mapping that :func:`liquid_junction_potential` takes. Concentrations are
written as LJPcalc enters them: ions, not salts; uncharged components (glucose,
sucrose) left out.

Sources
-------
The "known ion sets" of LJPcalc (https://github.com/swharden/LJPcalc, folder
``src/LJPcalc.Core/KnownIonSets``; the numbers are data, no code is copied), the
AxoBits article that LJPcalc reproduces, and the MBL compendium of physiological
salines.

Pipette (internal) solutions, :data:`PIPETTE_SOLUTIONS`:

``k_gluconate``
    ``PatchKGlu.cs`` (commit 6b0d5ee; it cites "Watz & Wolfgang"): Walz (ed.)
    (2007), Patch-Clamp Analysis, 2nd ed., p. 191: 110 K-gluconate, 10 HEPES
    (5 mM entered as HEPES-, "assume 5 NaOH was added to titrate 10 mM HEPES"),
    1 EGTA, 20 KCl, 2 MgCl2, 2 Na2ATP (GTP and phosphocreatine omitted). EGTA
    and ATP entered fully charged leave the solution at -2 mM net charge, as in
    LJPcalc. LJPcalc: +13.469 mV against ``acsf`` at 25 degrees C.
``k_gluconate_axobits``
    ``AxoBitsArticle.cs``: the JPCalc screenshot in AxoBits 39, p. 8 (Figl et
    al.); JPCalc gives +15.6 mV against ``hepes_saline_axobits`` at 20 degrees
    C (LJPcalc's README: +16.05 mV by Nernst-Planck).
``k_methanesulfonate``
    ``PatchKMeSO.cs``: ``k_gluconate`` with gluconate replaced by
    methanesulfonate; LJPcalc: +8.594 mV against ``acsf`` at 25 degrees C.
``cs_gluconate``
    ``PatchCsGlu.cs``: ``k_gluconate`` with K+ replaced by Cs+; LJPcalc:
    +14.014 mV against ``acsf`` at 25 degrees C.
``cs_methanesulfonate``
    Not an LJPcalc set: ``k_methanesulfonate`` with K+ replaced by Cs+, the
    substitution ``PatchCsGlu.cs`` makes in ``PatchKGlu.cs``.
``kcl``
    Not an LJPcalc set: ``k_gluconate`` with all 110 mM K-gluconate replaced by
    KCl, the substitution ``PatchHighCl.cs`` makes for 30 mM.

Bath solutions, :data:`BATH_SOLUTIONS`:

``acsf``
    The ACSF of ``PatchKGlu.cs`` (Walz (ed.) 2007): 126 NaCl, 3 KCl,
    1.2 NaH2PO4, 25 NaHCO3, 2.4 CaCl2, 1.5 MgSO4, 11 glucose (omitted).
``ringer_frog``
    Amphibian Ringer's solution "Am1 (Ringer)" of the MBL Biological Bulletin
    Compendium, Table 7A (Cavanaugh, Formulae and Methods, Marine Biological
    Laboratory; comm.archive.mbl.edu/BiologicalBulletin/COMPENDIUM/CompTab7.html):
    116 NaCl, 1.2 KCl, 1.0 CaCl2, 2.7 NaHCO3.
``saline_150``
    150 mM NaCl.
``hepes_saline_axobits``
    The bath of ``AxoBitsArticle.cs`` (see ``k_gluconate_axobits``).

Examples
--------
>>> sorted(BATH_SOLUTIONS)
['acsf', 'hepes_saline_axobits', 'ringer_frog', 'saline_150']
>>> dict(BATH_SOLUTIONS["saline_150"])
{'Na': 150, 'Cl': 150}
"""

import types as _types

__all__ = ["PIPETTE_SOLUTIONS", "BATH_SOLUTIONS"]

# what the Walz (ed.) 2007 internal holds besides its main salt: EGTA, MgCl2's Mg2+,
# the Na+ of Na2ATP (4) and of the NaOH that titrates HEPES (5), and ATP
_W_W_INTERNAL_REST = (("EGTA", 1), ("Mg", 2), ("Na", 4 + 5), ("ATP", 2))

#: Pipette (internal) solutions: key -> ((ion, mM), ...); sources in the module docstring.
PIPETTE_SOLUTIONS = _types.MappingProxyType({
    "k_gluconate": (("K", 110 + 20), ("gluconate", 110), ("Cl", 20 + 4), ("HEPES", 5),
                    *_W_W_INTERNAL_REST),
    "k_gluconate_axobits": (("K", 145), ("gluconate", 145), ("Na", 13), ("Cl", 10), ("Mg", 1),
                            ("HEPES", 5)),
    "k_methanesulfonate": (("K", 110 + 20), ("methanesulfonate", 110), ("Cl", 20 + 4),
                           ("HEPES", 5), *_W_W_INTERNAL_REST),
    "cs_gluconate": (("Cs", 110 + 20), ("gluconate", 110), ("Cl", 20 + 4), ("HEPES", 5),
                     *_W_W_INTERNAL_REST),
    "cs_methanesulfonate": (("Cs", 110 + 20), ("methanesulfonate", 110), ("Cl", 20 + 4),
                            ("HEPES", 5), *_W_W_INTERNAL_REST),
    "kcl": (("K", 110 + 20), ("Cl", 110 + 20 + 4), ("HEPES", 5), *_W_W_INTERNAL_REST),
})  # fmt: skip

#: Bath solutions: key -> ((ion, mM), ...); sources in the module docstring.
BATH_SOLUTIONS = _types.MappingProxyType({
    "acsf": (("Na", 126 + 25 + 1.2), ("K", 3), ("Cl", 126 + 3 + 2 * 2.4), ("HCO3", 25),
             ("H2PO4", 1.2), ("Ca", 2.4), ("Mg", 1.5), ("SO4", 1.5)),
    "ringer_frog": (("Na", 116 + 2.7), ("K", 1.2), ("Ca", 1.0), ("Cl", 116 + 1.2 + 2 * 1.0),
                    ("HCO3", 2.7)),
    "saline_150": (("Na", 150), ("Cl", 150)),
    "hepes_saline_axobits": (("Na", 145), ("K", 2.8), ("Cl", 148.8), ("Mg", 2), ("Ca", 1),
                             ("HEPES", 5)),
})  # fmt: skip
