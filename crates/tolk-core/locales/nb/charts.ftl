# Diagrammene: bildetekster, titler, akser, forklaringer og hvert diagram
# i ord (tekstalternativet). Gensymboler, SO-termer, påvirkning og navn på
# skårer er data.

chart-caption-consequences = Konsekvenser
chart-caption-funnel = Filtertrakt
chart-caption-genome = Langs genomet
chart-caption-af-score = Frekvens mot skår
chart-caption-quality = Kallkvalitet

charts-marks-label = Velg en variant i diagrammet
charts-marks-choose = velg én av { $count }

chart-none-in-view = Ingen varianter i visningen.
chart-no-variants = Filen har ingen varianter.
chart-no-samples = Filen har ingen prøver.
chart-not-available = i.t.
chart-about = omtrent { $n }
chart-no-annotation = ingen annotasjon
chart-axis-variants = varianter
chart-axis-variants-left = varianter igjen (logaritmisk skala)
chart-axis-position-mb = posisjon (Mb)
chart-axis-amino-acid = aminosyreposisjon
chart-axis-af-log = populasjons-AF (logaritmisk skala)
chart-af-not-found = ikke funnet

chart-consequences-title = Verste konsekvens for variantene i visningen
chart-consequences-words = Verste konsekvens for { $total ->
        [one] 1 variant
       *[other] { $total } varianter
    } i visningen: vanligst { $top }; { $high } med påvirkning HIGH.

chart-funnel-title = Varianter igjen etter hvert filter
chart-funnel-words = Filtertrakten. { $steps }.

chart-genome-title = Variantene i visningen langs genomet
chart-genome-words = { $total ->
        [one] 1 variant
       *[other] { $total } varianter
    } i visningen på { $chromosomes ->
        [one] 1 kromosom
       *[other] { $chromosomes } kromosomer
    }; flest på { $top }.
chart-genome-in-panel = { $count } av dem i panelgener.

chart-lollipop-title = Variantene i visningen langs { $gene }-proteinet
chart-lollipop-no-position = Ingen variant i { $gene } i visningen har en proteinposisjon.
chart-lollipop-not-classified = ikke klassifisert
chart-lollipop-length = på { $length } aminosyrer
chart-lollipop-length-unknown = av ukjent lengde
chart-lollipop-length-not-given = lengden er ikke oppgitt
chart-lollipop-words = { $count ->
        [one] 1 variant
       *[other] { $count } varianter
    } i { $gene } i visningen langs proteinet { $length }{ $transcript }; { $unplaced } uten proteinposisjon.
chart-lollipop-selected = Den valgte varianten er i posisjon { $position } ({ $consequence }).
chart-lollipop-selected-unplaced = Den valgte varianten har ingen proteinposisjon på dette transkriptet (den er intronisk, i en UTR eller utenfor den kodende sekvensen).

chart-quality-title = Kallkvalitet per prøve
chart-quality-depth = { $sample } dybde
chart-quality-balance = het AB · Ti/Tv { $titv } · het/hom { $hethom }
chart-quality-words = { $sample }: { $calls } kall med ALT i visningen, mediandybde { $depth }, median GQ { $gq }, Ti/Tv { $titv }, het/hom { $hethom }.
chart-quality-drawn = { $shown } av filens { $count } prøver er tegnet.

chart-scatter-title = Populasjonsfrekvens mot patogenitetsskår
chart-scatter-none = Ingen REVEL- eller CADD-skår i visningen.
chart-scatter-no-score = Variantene i visningen har ingen REVEL- eller CADD-skår.
chart-scatter-words = Populasjons-AF mot { $score } for { $count ->
        [one] 1 variant
       *[other] { $count } varianter
    } ({ $unscored } uten skår er ikke tegnet).
chart-scatter-corner = { $count } er sjeldne (AF under 0,001 eller ikke funnet) med { $cut }.
chart-scatter-cut-revel = REVEL minst 0,644 (PP3)
chart-scatter-cut-cadd = CADD minst 20

pedigree-title = Slektstre
pedigree-member = { $role } { $name }: { $sex }, { $affection }
pedigree-affected = affisert
pedigree-unaffected = ikke affisert
pedigree-affection-unknown = ukjent om affisert
pedigree-not-sequenced = ikke sekvensert
pedigree-member-absent = { $role }: ikke sekvensert
