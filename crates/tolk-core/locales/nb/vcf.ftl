# Det VCF-leseren sier om en fil: advarslene den leste forbi, én linje hver,
# og feilene som stopper den. Kolonnenavn, felt-ID-er, headernøkler og
# utdrag av filen er data.

vcf-repeated = { $message } (på { $count } linjer; den første vises)
vcf-line-of = en linje på { $size }
vcf-line-too-long = en linje på { $size }, mer enn de { $max } en VCF-linje trenger; hoppet over
vcf-binary-data = binære data
vcf-no-fileformat = linjen '##fileformat=VCFv4.x' mangler; lest som VCF likevel
vcf-defined-twice = { $what } er definert to ganger; den første definisjonen brukes
vcf-meta-unreadable = ##{ $key }-linjen kunne ikke leses ('{ $text }'); ignorert
vcf-empty-header-line = tom linje i headeren; ignorert
vcf-header-spaces = kolonneheaderen er skilt med mellomrom, ikke tabulatorer
vcf-ninth-column = den niende kolonnen er '{ $found }', ventet 'FORMAT'
vcf-old-version = filen oppgir { $version }; Tolk leser VCF 4.0 til 4.4, så eldre headerlinjer kan bli ignorert
vcf-empty-line = tom linje; hoppet over
vcf-header-after-chrom = headerlinje etter '#CHROM'-linjen; ignorert
vcf-not-utf8 = en linje er ikke gyldig UTF-8; ukjente byte vist som �
vcf-columns-spaces = kolonnene er skilt med mellomrom, ikke tabulatorer
vcf-few-columns = bare { $count } av de 8 faste kolonnene; linjen hoppet over
vcf-bad-pos = POS '{ $pos }' er ikke en posisjon; linjen hoppet over
vcf-empty-ref = REF er tom; linjen hoppet over
vcf-bad-qual = QUAL '{ $qual }' er ikke et tall; lest som manglende
vcf-sample-columns = { $found } prøvekolonner, men headeren navngir { $declared } prøver
vcf-unknown-contig = kromosom '{ $chrom }' er ikke blant headerens ##contig-linjer
vcf-unmatched-allele = en annotasjon for allel '{ $allele }' passer ikke med noen ALT-allel; slike annotasjoner ignoreres
vcf-mismatched-allele = allelen '{ $allele }' i en annotasjon avviker fra postens eneste ALT; den leses som den ALT-ens
vcf-unknown-term = ukjent konsekvensterm '{ $term }'
vcf-empty-sample = en prøvekolonne er tom; lest som ikke kalt
vcf-bad-gt = FORMAT/GT-verdien '{ $value }' er ikke en genotype; lest som ikke kalt
vcf-bad-number = FORMAT/{ $key }-verdien '{ $value }' er ikke et tall; lest som manglende
vcf-undeclared = { $section }-feltet '{ $key }' er ikke deklarert i headeren; lest som tekst
vcf-wrong-type = { $section }/{ $key }-verdien '{ $value }' er ikke av typen { $kind }, slik headeren oppgir; lest tolerant
vcf-flag-with-value = { $section }/{ $key } er deklarert som Flag, men har en verdi
vcf-wrong-count = { $section }/{ $key } har { $found } verdi(er), headeren oppgir Number={ $declared }
vcf-bgzf-no-eof = BGZF-markøren for filslutt mangler: filen kan være avkortet (htslib melder det samme)
vcf-no-frequency = ingen populasjonsfrekvens funnet i headeren: AF-filtre beholder alle varianter, og PM2, BS1 og BA1 foreslås ikke
vcf-no-frequency-in-use = alle populasjonsfrekvensfelt som ble funnet ({ $count }), er slått av: AF-filtre beholder alle varianter, og PM2, BS1 og BA1 foreslås ikke

load-error-empty = linje 0: filen er tom
load-error-not-vcf = linje { $line }: ikke en VCF-fil: ventet '##fileformat=VCFv4.x', fant '{ $found }'
load-error-data-before-header = linje { $line }: en datalinje kommer før kolonneheaderen '#CHROM'
load-error-no-column-header = linje { $line }: filen slutter uten headerlinjen '#CHROM POS ID REF ALT QUAL FILTER INFO'
load-error-bad-column-header = linje { $line }: kolonneheaderen må begynne med '#CHROM POS ID REF ALT QUAL FILTER INFO', fant '{ $found }'
load-error-corrupt = linje { $line }: de komprimerte dataene er ødelagt ({ $detail }); filen er skadet
load-error-truncated = linje { $line }: den komprimerte filen slutter midt i en blokk; den er avkortet (en ufullstendig nedlasting eller kopi?)
load-error-too-large = linje { $line }: filen er større enn denne nettleseren kan holde: kallene for de { $samples } prøvene fyller allerede { $megabytes } MB, og det er ikke mer minne ledig. Åpne en del av den: panelets regioner (bcftools view -R regions.bed) eller familiens prøver (bcftools view -s proband,mother,father)
load-error-unfinished = linje { $line }: filen ble lest i deler, og delen fra denne linjen ble ikke lest ferdig; åpne filen på nytt

## Lesing i nettleseren: det som kan gå galt rundt leseren

read-no-file = ingen fil ble sendt til leseren
read-browser-failed = nettleseren kunne ikke lese filen: { $reason }
read-not-text = filen er ikke tekst
read-file-closed = filen er ikke lenger åpen
read-no-variant = det finnes ingen variant { $row }
read-record-undecodable = denne posten kunne ikke dekodes på nytt
read-part-failed = filen kunne ikke leses i deler ({ $reason }); åpne den på nytt
read-file-changed = filen er endret siden den ble åpnet: { $read } byte tekst lest, { $needed } trengs
read-worker-not-started = filleseren kunne ikke starte i denne nettleseren ({ $reason })
read-worker-died-loading = filleseren stoppet etter { $read } av { $total } ({ $reason }). Enten trenger filen mer minne enn denne nettleseren gir en side, eller så er dette en feil i Tolk. Lagret tolkningsarbeid er beholdt; en annen fil kan åpnes.
read-worker-died = filleseren stoppet ({ $reason }). Åpne filen igjen for å fortsette: lagret tolkningsarbeid kommer tilbake med den.
hash-worker-not-started = sjekksumarbeideren kunne ikke starte ({ $reason })
hash-failed = filens sjekksum kunne ikke beregnes ({ $reason })
hash-worker-died = sjekksumarbeideren stoppet ({ $reason })

## Tilleggsfiler: genpaneler og PED-filer

file-error-line = linje { $line }: { $message }
ped-columns = { $count } kolonner; en PED-linje har seks: familie, individ, far, mor, kjønn, fenotype
ped-listed-twice = individet "{ $id }" i familien "{ $family }" er oppført to ganger
ped-own-parent = individet "{ $id }" er oppgitt som sin egen forelder
ped-nobody = filen oppgir ingen individer
family-none-in-file = ingen av de { $count } individene i PED-filen er en prøve i denne VCF-en (prøvene: { $samples })
family-proband-missing = probanden "{ $id }" er ikke både i PED-filen og en prøve i denne VCF-en
family-no-affected = ingen affisert person i PED-filen er en prøve i denne VCF-en; velg probanden
panel-empty = filen inneholder ingen gener eller regioner
panel-bed-columns = en BED-linje trenger kromosom, start og slutt, skilt med tabulatorer
panel-bed-bad-start = starten "{ $value }" er ikke et heltall
panel-bed-bad-end = slutten "{ $value }" er ikke et heltall
panel-bed-end-before-start = slutten { $end } er ikke etter starten { $start }
panel-not-a-symbol = "{ $symbol }" er ikke et gensymbol
panel-scout-no-header = en genrad før overskriftslinjen "#hgnc_id"
panel-scout-bad-id = "{ $id }" er ikke et HGNC-nummer
panel-bad-json = dette er ikke gyldig JSON: { $reason }
panel-not-panelapp = en PanelApp-fil inneholder et panelobjekt eller en liste med paneler
panel-no-genes = panel { $number } har ingen "genes"-liste: er dette et PanelApp-panel?
panel-file-empty = filen er tom
panel-no-symbol-column = ingen "Gene Symbol"-kolonne
panel-row-without-symbol = en genrad uten gensymbol

## Sidefiler: phenopackets (GA4GH Phenopacket Schema versjon 2, JSON)

# { $path } er stedet i filen, som en JSON-sti: proband.phenotypicFeatures[3].type.id
phenopacket-at = { $path }: { $message }
phenopacket-bad-json = dette er ikke gyldig JSON: { $reason } (linje { $line }, kolonne { $column })
phenopacket-not-phenopacket = verken en phenopacket eller en familie: en phenopacket er et JSON-objekt med "subject" og "phenotypicFeatures", en familie et med "proband"
phenopacket-cohort = en kohort med { $count ->
    [one] én phenopacket
   *[other] { $count } phenopackets
}; Tolk leser én phenopacket eller én familie
phenopacket-version-1 = Phenopacket Schema versjon { $version }; Tolk leser versjon 2, så filen må konverteres først (phenopacket-tools: pxf convert)
phenopacket-version-1-field = et felt fra Phenopacket Schema versjon 1; Tolk leser versjon 2, så filen må konverteres først (phenopacket-tools: pxf convert)
phenopacket-version-unknown = Tolk leser ikke Phenopacket Schema versjon "{ $version }", bare versjon 2
phenopacket-missing = påkrevd, men mangler
phenopacket-not-object = skal være et JSON-objekt
phenopacket-not-list = skal være en liste (en JSON-array)
phenopacket-not-text = skal være tekst (en JSON-streng)
phenopacket-not-true-false = skal være true eller false
phenopacket-bad-term-id = "{ $id }" er ikke en term-ID på formen PREFIKS:LOKAL-ID, for eksempel HP:0001250
phenopacket-bad-value = "{ $value }" er ikke en av { $allowed }
vcf-sv-end-before-pos = END { $end } ligger før POS; varianten leses som om den slutter der allelene gjør
vcf-sv-bad-number = INFO/{ $key } for en strukturvariant er ikke et tall (eller et tallpar); verdien er utelatt
