# Lesing av ClinVars egen VCF (NCBIs clinvar.vcf.gz) for sakens
# posisjoner: hvorfor en fil avvises. Linjen vises ved siden av
# meldingen; headerlinjer, kolonner og verdier fra filen er data.

clinvar-file-not-vcf = ikke en VCF-fil: den første linjen skulle være '##fileformat=VCFv4.x', fant '{ $found }'. Åpne clinvar.vcf.gz slik NCBI publiserer den
clinvar-file-not-clinvar = en VCF, men ikke ClinVars: headeren har verken '##source=ClinVar' eller ClinVars CLNSIG-felt. Åpne clinvar.vcf.gz slik NCBI publiserer den
clinvar-file-no-info = '#CHROM'-linjen har ingen INFO-kolonne, så dette er ikke ClinVars VCF: ClinVars klassifiseringer står i INFO
clinvar-file-record-before-header = en post før kolonneheaderen '#CHROM'
clinvar-file-few-columns = { $count } kolonner der ClinVars VCF har 8 (CHROM POS ID REF ALT QUAL FILTER INFO)
clinvar-file-bad-position = POS '{ $found }' er ikke en posisjon
clinvar-file-bad-id = ID '{ $found }' er ikke en ClinVar Variation ID
clinvar-file-no-column-header = filen slutter før '#CHROM'-linjen: den er tom eller avkortet (en ufullstendig nedlasting?)
