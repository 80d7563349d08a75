/* concord-words.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-words"

#include "config.h"

#include <string.h>

#include "concord-words.h"

/* The renderer's own words (Contents, Page X of Y, Signed for and on
 * behalf of, the months, "clause 3.2") follow the memorandum's language,
 * never the reader's interface: a Welsh memorandum prints in Welsh on an
 * English desktop, and an English one prints the same bytes everywhere.
 * So they are a table here, not gettext of the interface's locale.
 * Welsh follows the wording of Welsh Government memoranda
 * ("Memorandwm Cyd-ddealltwriaeth", "Llofnodwyd ar ran"). */
static const ConcordWord words[] = {
  /* Cover and running heads */
  { "Memorandum of understanding", "Memorandwm Cyd-ddealltwriaeth", "Protocole d’accord",
    "Memorando de entendimiento" },
  { "Memorandum of understanding between %s", "Memorandwm Cyd-ddealltwriaeth rhwng %s",
    "Protocole d’accord entre %s", "Memorando de entendimiento entre %s" },
  { "%s · Revision %s", "%s · Diwygiad %s", "%s · Révision %s", "%s · Revisión %s" },
  { "Title", "Teitl", "Titre", "Título" },
  { "Reference", "Cyfeirnod", "Référence", "Referencia" },
  { "Revision", "Diwygiad", "Révision", "Revisión" },
  { "Status", "Statws", "Statut", "Estado" },
  { "Effective date", "Dyddiad dod i rym", "Date d’effet", "Fecha de entrada en vigor" },
  { "Review date", "Dyddiad adolygu", "Date de révision", "Fecha de revisión" },
  { "Date", "Dyddiad", "Date", "Fecha" },
  { "draft", "drafft", "projet", "borrador" },
  { "agreed", "cytunwyd", "convenu", "acordado" },
  { "signed", "llofnodwyd", "signé", "firmado" },
  { "proposed", "arfaethedig", "proposé", "propuesto" },
  { "disputed", "dan anghydfod", "contesté", "en disputa" },
  { "DRAFT", "DRAFFT", "PROJET", "BORRADOR" },
  /* A file a merge left with conflicts (concord-cli merge) */
  { "Unresolved conflicts", "Gwrthdaro heb ei ddatrys", "Conflits non résolus", "Conflictos sin resolver" },
  { "CONFLICT: see Unresolved conflicts", "GWRTHDARO: gweler Gwrthdaro heb ei ddatrys",
    "CONFLIT : voir Conflits non résolus", "CONFLICTO: véase Conflictos sin resolver" },
  { "Ours", "Ein fersiwn ni", "Notre version", "Nuestra versión" },
  { "Theirs", "Eu fersiwn nhw", "Leur version", "Su versión" },
  { "(removed)", "(wedi’i ddileu)", "(supprimé)", "(eliminado)" },
  { "(empty)", "(gwag)", "(vide)", "(vacío)" },
  { "(an image)", "(delwedd)", "(une image)", "(una imagen)" },
  { "Until each is settled, the text above shows our version.",
    "Hyd nes y caiff pob un ei setlo, mae’r testun uchod yn dangos ein fersiwn ni.",
    "Tant que chacun n’est pas réglé, le texte ci-dessus donne notre version.",
    "Hasta que cada uno se resuelva, el texto anterior muestra nuestra versión." },
  { "Page %u of %u", "Tudalen %u o %u", "Page %u sur %u", "Página %u de %u" },
  /* The comments appendix, printed only when asked */
  { "Comments", "Sylwadau", "Commentaires", "Comentarios" },
  { "The comments made on this draft. They are not part of the memorandum.",
    "Y sylwadau a wnaed ar y drafft hwn. Nid ydynt yn rhan o’r memorandwm.",
    "Les commentaires faits sur ce projet. Ils ne font pas partie du protocole.",
    "Los comentarios hechos sobre este borrador. No forman parte del memorando." },
  { "Open", "Agored", "Ouvert", "Abierto" },
  { "Resolved", "Wedi’i ddatrys", "Résolu", "Resuelto" },
  { "%s, %s: %s", "%s, %s: %s", "%s, %s : %s", "%s, %s: %s" },
  { "Counterpart held by %s", "Gwrthran a gedwir gan %s", "Exemplaire détenu par %s",
    "Ejemplar en poder de %s" },
  /* Parties and document control */
  { "Parties", "Partïon", "Parties", "Partes" },
  { "Party", "Parti", "Partie", "Parte" },
  { "Short name", "Enw byr", "Nom abrégé", "Nombre abreviado" },
  { "Role", "Rôl", "Rôle", "Función" },
  { "Signing", "Yn llofnodi", "Signataire", "Firmante" },
  { "Signatory", "Llofnodwr", "Signataire", "Firmante" },
  { "Stakeholder", "Rhanddeiliad", "Partie prenante", "Parte interesada" },
  { "No parties are named yet.", "Nid oes partïon wedi’u henwi eto.", "Aucune partie n’est encore nommée.",
    "Todavía no se nombra ninguna parte." },
  { "Document control", "Rheoli’r ddogfen", "Suivi du document", "Control del documento" },
  { "Version", "Fersiwn", "Version", "Versión" },
  { "Author", "Awdur", "Auteur", "Autor" },
  { "Summary of change", "Crynodeb o’r newid", "Résumé de la modification", "Resumen del cambio" },
  { "Related memoranda", "Memoranda cysylltiedig", "Protocoles liés", "Memorandos relacionados" },
  { "Sits under the umbrella memorandum %s", "Yn dod o dan y memorandwm ymbarél %s",
    "Relève du protocole-cadre %s", "Se enmarca en el memorando marco %s" },
  { "Supersedes %s", "Yn disodli %s", "Remplace %s", "Sustituye a %s" },
  { "See also %s", "Gweler hefyd %s", "Voir aussi %s", "Véase también %s" },
  /* Body */
  { "Contents", "Cynnwys", "Sommaire", "Índice" },
  { "Definitions", "Diffiniadau", "Définitions", "Definiciones" },
  { "Background", "Cefndir", "Contexte", "Antecedentes" },
  { " and ", " a ", " et ", " y " },
  { "%s and %s", "%s a %s", "%s et %s", "%s y %s" },
  { " means ", ": ", " désigne ", " significa " },
  { " mean ", ": ", " désignent ", " significan " },
  { "Annex %s", "Atodiad %s", "Annexe %s", "Anexo %s" },
  { "clause %s", "cymal %s", "article %s", "cláusula %s" },
  { "paragraph %s", "paragraff %s", "paragraphe %s", "apartado %s" },
  { "paragraph %s of %s", "paragraff %s o %s", "paragraphe %s de l’%s", "apartado %s del %s" },
  { "%s of %s", "%s o %s", "%s de l’%s", "%s del %s" },
  { "section %s", "adran %s", "section %s", "sección %s" },
  { "section “%s”", "adran “%s”", "section « %s »", "sección «%s»" },
  /* The matrix */
  { "Schedule: roles and accountability", "Atodlen: rolau ac atebolrwydd",
    "Annexe : rôles et responsabilités", "Anexo: funciones y rendición de cuentas" },
  { "Roles and accountability", "Rolau ac atebolrwydd", "Rôles et responsabilités",
    "Funciones y rendición de cuentas" },
  { "Area", "Maes", "Domaine", "Ámbito" },
  { "R", "C", "R", "R" },
  { "B", "F", "L", "L" },
  { "A →", "A →", "C →", "D →" },
  { "For each area of work: R, the party responsible; B, a party whose remit is bounded "
    "in that area; A → whom the party answers to. An area with no R has no owner; two "
    "or more R need a boundary between them.",
    "Ar gyfer pob maes gwaith: C, y parti sy’n gyfrifol; F, parti y mae ffin i’w gylch gwaith "
    "yn y maes hwnnw; A → y corff y mae’r parti yn atebol iddo. Nid oes perchennog gan faes "
    "heb C; mae angen ffin rhwng dau C neu ragor.",
    "Pour chaque domaine : R, la partie responsable ; L, une partie dont la mission est limitée "
    "dans ce domaine ; C → l’instance devant laquelle la partie rend compte. Un domaine sans R "
    "n’a pas de responsable ; deux R ou plus exigent une limite entre eux.",
    "Para cada ámbito de trabajo: R, la parte responsable; L, una parte cuyo cometido está limitado "
    "en ese ámbito; D → ante quién responde la parte. Un ámbito sin R no tiene responsable; dos "
    "o más R necesitan un límite entre ellas." },
  /* The facts of role, boundary and accountability clauses */
  { "Responsible: %s", "Cyfrifol: %s", "Responsable : %s", "Responsable: %s" },
  { "Boundary between %s and %s", "Ffin rhwng %s a %s", "Limite entre %s et %s", "Límite entre %s y %s" },
  { "Accountable: %s to %s, through %s", "Atebol: %s i %s, drwy %s", "Rend compte : %s devant %s, par %s",
    "Rinde cuentas: %s ante %s, mediante %s" },
  { "Accountable: %s to %s", "Atebol: %s i %s", "Rend compte : %s devant %s", "Rinde cuentas: %s ante %s" },
  { "nobody named", "neb wedi’i enwi", "personne de désigné", "nadie designado" },
  { "reporting", "adrodd", "des rapports", "informes" },
  { "inspection", "arolygu", "l’inspection", "inspección" },
  { "intervention", "ymyrryd", "l’intervention", "intervención" },
  { "audit", "archwilio", "l’audit", "auditoría" },
  { "election", "etholiad", "l’élection", "elecciones" },
  /* Signatures */
  { "Signatures", "Llofnodion", "Signatures", "Firmas" },
  { "Signature", "Llofnod", "Signature", "Firma" },
  { "Name", "Enw", "Nom", "Nombre" },
  { "Signed on behalf of each signatory as follows.", "Llofnodwyd ar ran pob llofnodwr fel a ganlyn.",
    "Signé au nom de chaque signataire comme suit.", "Firmado en nombre de cada firmante como sigue." },
  { "Signed on behalf of each signatory by its authorised representative.",
    "Llofnodwyd ar ran pob llofnodwr gan ei gynrychiolydd awdurdodedig.",
    "Signé au nom de chaque signataire par son représentant habilité.",
    "Firmado en nombre de cada firmante por su representante autorizado." },
  { "Signed for and on behalf of %s", "Llofnodwyd ar ran %s", "Signé pour le compte et au nom de %s",
    "Firmado en nombre y representación de %s" },
  { "Signed by %s as %s", "Llofnodwyd gan %s fel %s", "Signé par %s en qualité de %s",
    "Firmado por %s en calidad de %s" },
  { "Signed as %s", "Llofnodwyd fel %s", "Signé en qualité de %s", "Firmado en calidad de %s" },
  { "Signed by %s", "Llofnodwyd gan %s", "Signé par %s", "Firmado por %s" },
  { "[Signatory]", "[Llofnodwr]", "[Signataire]", "[Firmante]" },
  { "the office holder", "deiliad y swydd", "le titulaire de la fonction", "el titular del cargo" },
  { "Name of signatory", "Enw’r llofnodwr", "Nom du signataire", "Nombre del firmante" },
  { "Title of signatory", "Swydd y llofnodwr", "Fonction du signataire", "Cargo del firmante" },
  /* The plain text of `concord-cli text`, which git shows in diffs */
  { "%s (%s)", "%s (%s)", "%s (%s)", "%s (%s)" },
  { "missing clause", "cymal coll", "article manquant", "cláusula inexistente" },
  { "Revision: %s\n", "Diwygiad: %s\n", "Révision : %s\n", "Revisión: %s\n" },
  { "Status: %s\n", "Statws: %s\n", "Statut : %s\n", "Estado: %s\n" },
  { "Effective", "Yn dod i rym", "Effet", "Vigencia" },
  { "Review", "Adolygu", "Réexamen", "Revisión" },
  { "Related: %s\n", "Cysylltiedig: %s\n", "Lié : %s\n", "Relacionado: %s\n" },
  { "signatory", "llofnodwr", "signataire", "firmante" },
  { "stakeholder", "rhanddeiliad", "partie prenante", "parte interesada" },
  { ", office holder", ", deiliad swydd", ", titulaire d’une fonction", ", titular de un cargo" },
  { "[logo]", "[logo]", "[logo]", "[logotipo]" },
  { "    Signing: %s\n", "    Yn llofnodi: %s\n", "    Signataire : %s\n", "    Firmante: %s\n" },
  { "    Areas: %s\n", "    Meysydd: %s\n", "    Domaines : %s\n", "    Ámbitos: %s\n" },
  { "    Status: %s\n", "    Statws: %s\n", "    Statut : %s\n", "    Estado: %s\n" },
  { "    Note: %s\n", "    Nodyn: %s\n", "    Note : %s\n", "    Nota: %s\n" },
  { "Place", "Lle", "Lieu", "Lugar" },
  /* The starting texts of the standard sections (concord-standard-sections.c),
   * in the memorandum's language; "[…]" is a prompt for the drafter. */
  { "Purpose",
    "Diben",
    "Objet",
    "Objeto" },
  { "Scope",
    "Cwmpas",
    "Champ d’application",
    "Ámbito" },
  { "Principles",
    "Egwyddorion",
    "Principes",
    "Principios" },
  { "Roles and responsibilities",
    "Rolau a chyfrifoldebau",
    "Rôles et responsabilités",
    "Funciones y responsabilidades" },
  { "Governance",
    "Llywodraethu",
    "Gouvernance",
    "Gobernanza" },
  { "Contacts",
    "Cysylltiadau",
    "Contacts",
    "Contactos" },
  { "Costs",
    "Costau",
    "Coûts",
    "Costes" },
  { "Data and confidentiality",
    "Data a chyfrinachedd",
    "Données et confidentialité",
    "Datos y confidencialidad" },
  { "Freedom of information",
    "Rhyddid gwybodaeth",
    "Accès à l’information",
    "Acceso a la información" },
  { "Intellectual property",
    "Eiddo deallusol",
    "Propriété intellectuelle",
    "Propiedad intelectual" },
  { "Variation",
    "Amrywio",
    "Modification",
    "Modificación" },
  { "Resolving disagreements",
    "Datrys anghytundebau",
    "Règlement des désaccords",
    "Resolución de desacuerdos" },
  { "Term and termination",
    "Cyfnod a therfynu",
    "Durée et résiliation",
    "Duración y terminación" },
  { "This memorandum sets out how [the parties] will work together to [the aim they share].",
    "Mae’r memorandwm hwn yn nodi sut y bydd [y partïon] yn cydweithio i [y nod sydd ganddynt yn gyffredin].",
    "Le présent protocole expose comment [les parties] travailleront ensemble pour [le but qu’elles partagent].",
    "Este memorando establece cómo [las partes] trabajarán juntas para [el objetivo que comparten]." },
  { "This memorandum covers [the services, functions or activities it applies to].",
    "Mae’r memorandwm hwn yn ymdrin â [y gwasanaethau, y swyddogaethau neu’r gweithgareddau y mae’n berthnasol iddynt].",
    "Le présent protocole couvre [les services, fonctions ou activités auxquels il s’applique].",
    "Este memorando abarca [los servicios, funciones o actividades a los que se aplica]." },
  { "It does not cover [what is left out].",
    "Nid yw’n ymdrin â [yr hyn a adewir allan].",
    "Il ne couvre pas [ce qui en est exclu].",
    "No abarca [lo que queda fuera]." },
  { "This memorandum is not legally binding. It records the intentions of the parties and creates no legal obligations between them.",
    "Nid yw’r memorandwm hwn yn gyfreithiol rwymol. Mae’n cofnodi bwriadau’r partïon ac nid yw’n creu unrhyw rwymedigaethau cyfreithiol rhyngddynt.",
    "Le présent protocole n’est pas juridiquement contraignant. Il consigne les intentions des parties et ne crée entre elles aucune obligation juridique.",
    "Este memorando no es jurídicamente vinculante. Recoge las intenciones de las partes y no crea obligaciones jurídicas entre ellas." },
  { "The parties will work together openly and in good faith, give one another the information each needs in good time, and [a further principle the parties agree].",
    "Bydd y partïon yn cydweithio’n agored ac yn ddidwyll, yn rhoi i’w gilydd mewn da bryd yr wybodaeth sydd ei hangen ar bob un, ac yn [egwyddor arall y mae’r partïon yn cytuno arni].",
    "Les parties travailleront ensemble ouvertement et de bonne foi, se communiqueront en temps utile les informations dont chacune a besoin, et [un autre principe dont les parties conviennent].",
    "Las partes trabajarán juntas con transparencia y de buena fe, se facilitarán a tiempo la información que cada una necesite y [otro principio que acuerden las partes]." },
  { "[The first party] will [what it is responsible for].",
    "Bydd [y parti cyntaf] yn [yr hyn y mae’n gyfrifol amdano].",
    "[La première partie] se charge de [ce dont elle est responsable].",
    "[La primera parte] se encargará de [aquello de lo que es responsable]." },
  { "[The second party] will [what it is responsible for].",
    "Bydd [yr ail barti] yn [yr hyn y mae’n gyfrifol amdano].",
    "[La deuxième partie] se charge de [ce dont elle est responsable].",
    "[La segunda parte] se encargará de [aquello de lo que es responsable]." },
  { "A joint group of [senior officers from each party] will oversee this memorandum. It will meet [how often] and report to [the body it answers to].",
    "Bydd grŵp ar y cyd o [uwch swyddogion o bob parti] yn goruchwylio’r memorandwm hwn. Bydd yn cyfarfod [pa mor aml] ac yn adrodd i [y corff y mae’n atebol iddo].",
    "Un groupe conjoint de [hauts responsables de chaque partie] supervise le présent protocole. Il se réunit [à quelle fréquence] et rend compte à [l’instance dont il relève].",
    "Un grupo conjunto de [altos cargos de cada parte] supervisará este memorando. Se reunirá [con qué frecuencia] e informará [al órgano ante el que responde]." },
  { "Each party names a contact for this memorandum: [the name, role and address of each contact]. A party that changes its contact will tell the others in writing.",
    "Mae pob parti yn enwi cyswllt ar gyfer y memorandwm hwn: [enw, rôl a chyfeiriad pob cyswllt]. Bydd parti sy’n newid ei gyswllt yn rhoi gwybod i’r lleill yn ysgrifenedig.",
    "Chaque partie désigne un contact pour le présent protocole : [le nom, la fonction et l’adresse de chaque contact]. Une partie qui change de contact en informe les autres par écrit.",
    "Cada parte designa un contacto para este memorando: [el nombre, el cargo y la dirección de cada contacto]. La parte que cambie de contacto lo comunicará por escrito a las demás." },
  { "Each party will meet its own costs of taking part in this memorandum unless the parties agree otherwise in writing: [any costs the parties share, and how they share them].",
    "Bydd pob parti yn talu ei gostau ei hun o gymryd rhan yn y memorandwm hwn oni bai bod y partïon yn cytuno fel arall yn ysgrifenedig: [unrhyw gostau y mae’r partïon yn eu rhannu, a sut y maent yn eu rhannu].",
    "Chaque partie prend en charge ses propres frais de participation au présent protocole, sauf accord contraire des parties par écrit : [les frais que les parties partagent, et comment elles les partagent].",
    "Cada parte asumirá sus propios costes de participación en este memorando, salvo que las partes acuerden otra cosa por escrito: [los costes que compartan las partes y cómo los reparten]." },
  { "The parties will share personal data under this memorandum only as [the data-sharing agreement or the law that allows it] provides.",
    "Dim ond fel y mae [y cytundeb rhannu data neu’r gyfraith sy’n caniatáu hynny] yn darparu y bydd y partïon yn rhannu data personol o dan y memorandwm hwn.",
    "Les parties ne partagent des données personnelles au titre du présent protocole que dans les conditions prévues par [l’accord de partage de données ou la loi qui le permet].",
    "Las partes solo compartirán datos personales en virtud de este memorando en los términos que prevea [el acuerdo de intercambio de datos o la ley que lo permita]." },
  { "Each party will keep confidential any information that another party gives it as confidential.",
    "Bydd pob parti yn cadw’n gyfrinachol unrhyw wybodaeth y mae parti arall yn ei rhoi iddo’n gyfrinachol.",
    "Chaque partie garde confidentielle toute information qu’une autre partie lui communique à titre confidentiel.",
    "Cada parte mantendrá la confidencialidad de toda información que otra parte le facilite con carácter confidencial." },
  { "This memorandum may be published. A party that receives a request for information about it under [the freedom of information law that applies] will consult the others before it replies.",
    "Gellir cyhoeddi’r memorandwm hwn. Bydd parti sy’n cael cais am wybodaeth amdano o dan [y gyfraith rhyddid gwybodaeth sy’n gymwys] yn ymgynghori â’r lleill cyn ateb.",
    "Le présent protocole peut être publié. Une partie qui reçoit une demande d’information à son sujet en vertu de [la loi sur l’accès à l’information applicable] consulte les autres avant d’y répondre.",
    "Este memorando podrá publicarse. La parte que reciba una solicitud de información sobre él en virtud de [la ley de acceso a la información aplicable] consultará a las demás antes de responder." },
  { "Each party keeps the intellectual property it brings to the work under this memorandum.",
    "Mae pob parti yn cadw’r eiddo deallusol y mae’n ei gyfrannu at y gwaith o dan y memorandwm hwn.",
    "Chaque partie conserve la propriété intellectuelle qu’elle apporte aux travaux menés au titre du présent protocole.",
    "Cada parte conserva la propiedad intelectual que aporte al trabajo realizado en virtud de este memorando." },
  { "[How the parties will own and use what they make together.]",
    "[Sut y bydd y partïon yn berchen ar yr hyn a wnânt gyda’i gilydd ac yn ei ddefnyddio.]",
    "[Comment les parties détiendront et utiliseront ce qu’elles créent ensemble.]",
    "[Cómo poseerán y utilizarán las partes lo que creen juntas.]" },
  { "The parties will review this memorandum by [the review date], and after that every [review period].",
    "Bydd y partïon yn adolygu’r memorandwm hwn erbyn [y dyddiad adolygu], ac wedi hynny bob [cyfnod adolygu].",
    "Les parties réexamineront le présent protocole au plus tard le [la date de réexamen], puis tous les [la périodicité du réexamen].",
    "Las partes revisarán este memorando a más tardar el [la fecha de revisión] y, a partir de entonces, cada [el período de revisión]." },
  { "This memorandum may be varied only in writing, signed on behalf of every party.",
    "Dim ond yn ysgrifenedig, wedi’i lofnodi ar ran pob parti, y gellir amrywio’r memorandwm hwn.",
    "Le présent protocole ne peut être modifié que par écrit, signé au nom de chaque partie.",
    "Este memorando solo podrá modificarse por escrito, con la firma de cada una de las partes." },
  { "The parties will try to settle any disagreement about this memorandum between their contacts. One the contacts cannot settle goes to [senior officers of each party, and then to mediation].",
    "Bydd y partïon yn ceisio datrys unrhyw anghytundeb ynghylch y memorandwm hwn rhwng eu cysylltiadau. Bydd anghytundeb na all y cysylltiadau ei ddatrys yn mynd at [uwch swyddogion pob parti, ac yna at gyfryngu].",
    "Les parties s’efforceront de régler entre leurs contacts tout désaccord relatif au présent protocole. Un désaccord que les contacts ne peuvent régler est porté devant [des hauts responsables de chaque partie, puis en médiation].",
    "Las partes procurarán resolver entre sus contactos cualquier desacuerdo sobre este memorando. El desacuerdo que los contactos no puedan resolver se elevará a [altos cargos de cada parte y, después, a mediación]." },
  { "This memorandum runs from the date of the last signature until [the end date or event].",
    "Mae’r memorandwm hwn yn rhedeg o ddyddiad y llofnod olaf hyd at [y dyddiad neu’r digwyddiad y daw i ben].",
    "Le présent protocole s’applique à compter de la date de la dernière signature jusqu’à [la date ou l’événement qui y met fin].",
    "Este memorando se aplica desde la fecha de la última firma hasta [la fecha o el hecho que le ponga fin]." },
  { "A party may withdraw from it by giving the others [the notice period] notice in writing.",
    "Gall parti dynnu’n ôl ohono drwy roi [y cyfnod rhybudd] o rybudd ysgrifenedig i’r lleill.",
    "Une partie peut s’en retirer en donnant aux autres un préavis écrit de [la durée du préavis].",
    "Una parte podrá retirarse dando a las demás un preaviso por escrito de [el plazo de preaviso]." },
  /* Dates: "November 2016" */
  { "%s %.4s", "%s %.4s", "%s %.4s", "%s de %.4s" },
  { "January", "Ionawr", "janvier", "enero" },
  { "February", "Chwefror", "février", "febrero" },
  { "March", "Mawrth", "mars", "marzo" },
  { "April", "Ebrill", "avril", "abril" },
  { "May", "Mai", "mai", "mayo" },
  { "June", "Mehefin", "juin", "junio" },
  { "July", "Gorffennaf", "juillet", "julio" },
  { "August", "Awst", "août", "agosto" },
  { "September", "Medi", "septembre", "septiembre" },
  { "October", "Hydref", "octobre", "octubre" },
  { "November", "Tachwedd", "novembre", "noviembre" },
  { "December", "Rhagfyr", "décembre", "diciembre" },
};

typedef enum
{
  COLUMN_EN,
  COLUMN_CY,
  COLUMN_FR,
  COLUMN_ES,
} Column;

/* "cy", "cy-GB", "fr_FR": the primary subtag picks the column; any other
 * language prints English. */
static Column
column_for (const char *language)
{
  static const char *tags[] = { "en", "cy", "fr", "es" };
  gsize len;

  if (language == NULL)
    return COLUMN_EN;
  len = strcspn (language, "-_");
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    if (len == 2 && g_ascii_strncasecmp (language, tags[i], 2) == 0)
      return (Column) i;

  return COLUMN_EN;
}

static const char *
column_text (const ConcordWord *word,
             Column             column)
{
  switch (column)
    {
    case COLUMN_CY:
      return word->cy;
    case COLUMN_FR:
      return word->fr;
    case COLUMN_ES:
      return word->es;
    case COLUMN_EN:
    default:
      return word->en;
    }
}

/* words[] by a hash of their English, in open addressing: every command
 * that prints looks words up, and this table is built in a fraction of
 * a GHashTable's steps. A slot holds a word's index plus one, or 0. */
#define WORD_SLOTS 512

G_STATIC_ASSERT (G_N_ELEMENTS (words) * 2 <= WORD_SLOTS);

static guint
word_hash (const char *text)
{
  guint hash = 2166136261u;

  for (const char *p = text; *p != '\0'; p++)
    hash = (hash ^ (guchar) *p) * 16777619u;

  return hash;
}

static const guint16 *
index_words (void)
{
  static gsize ready;
  static guint16 slots[WORD_SLOTS];

  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          guint slot = word_hash (words[i].en) % WORD_SLOTS;

          while (slots[slot] != 0)
            slot = (slot + 1) % WORD_SLOTS;
          slots[slot] = i + 1;
        }
      g_once_init_leave (&ready, 1);
    }

  return slots;
}

static const ConcordWord *
find_word (const char *english)
{
  const guint16 *slots = index_words ();

  for (guint slot = word_hash (english) % WORD_SLOTS; slots[slot] != 0; slot = (slot + 1) % WORD_SLOTS)
    if (strcmp (words[slots[slot] - 1].en, english) == 0)
      return &words[slots[slot] - 1];

  return NULL;
}

/* The words for @english in @language. @english must be in the table: a
 * word missing from it is the programmer's mistake, and prints English. */
const char *
concord_words_get (const char *language,
                   const char *english)
{
  const ConcordWord *word;

  g_return_val_if_fail (english != NULL, NULL);

  word = find_word (english);
  g_return_val_if_fail (word != NULL, english);

  return column_text (word, column_for (language));
}

/* Welsh "a" becomes "ac" before a vowel: "Cyngor Gwynedd ac Ynys Môn".
 * Quotes and brackets before the word do not count. */
static gboolean
starts_with_vowel (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar base[4];
      gsize n;

      if (g_unichar_ispunct (c) || g_unichar_isspace (c))
        continue;
      n = g_unichar_fully_decompose (g_unichar_tolower (c), FALSE, base, G_N_ELEMENTS (base));
      return n > 0 && base[0] < 128 && strchr ("aeiouy", (char) base[0]) != NULL;
    }

  return FALSE;
}

/* The " and " before the last of a list, whose first word is @next. */
const char *
concord_words_and (const char *language,
                   const char *next)
{
  if (column_for (language) == COLUMN_CY && next != NULL && starts_with_vowel (next))
    return " ac ";

  return concord_words_get (language, " and ");
}

/* Whether @language prints in its own words rather than English. */
gboolean
concord_words_supported (const char *language)
{
  return column_for (language) != COLUMN_EN ||
         (language != NULL && g_ascii_strncasecmp (language, "en", 2) == 0 &&
          strcspn (language, "-_") == 2);
}

const ConcordWord *
concord_words_table (guint *n_words)
{
  *n_words = G_N_ELEMENTS (words);
  return words;
}
