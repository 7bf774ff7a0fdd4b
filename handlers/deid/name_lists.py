"""Common given names and surnames in France (folded: lower case, no accents).

Hand-written from the most frequent names in France across generations and origins; they
let the name detector recognise a name with no honorific and no capital letter. Names outside
these lists are still caught by context (honorifics, trigger phrases, capitals) and by the
spaCy safety net.
"""


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


GIVEN_NAMES = word_set("""
aaron abdel abdelkader abdallah abdoulaye abel abigaelle adam adele adelaide adeline adrien
agathe agnes ahmed aicha aida aime aimee alain alban albert albane alberte alexandra alexandre
alexia alexis alfred alice alicia aline alix allan alphonse amandine amaury ambre amelie amine
amina anais anastasia andre andree andrea ange angele angelique anissa anita anna annabelle
anne annette annick annie anouk anthony antoine antoinette antonin apolline ariane arielle
arlette armand armelle arnaud arsene arthur astrid aubin audrey augustin aurelie aurelien
aurore axel axelle aya aymeric aziz babette baptiste barbara basile bastien baya beatrice
benedicte benjamin benoit bernadette bernard berthe bertrand blanche boris brice brigitte
bruno camille capucine carine carla carmen carole caroline catherine cecile cedric celestin
celia celine chantal charlene charles charlotte chloe christelle christian christiane
christine christophe claire clara clarisse claude claudette claudine clement clementine
cloe colette coline constance corentin corinne cyril cyrille damien daniel daniele danielle
david deborah delphine denis denise diane didier dimitri dominique dorian dorothee edith
edmond edouard eliane elias elisa elisabeth elise ella ellie eloise elodie elsa emeline
emile emilie emilien emma emmanuel emmanuelle enzo eric erwan estelle esther ethan etienne
eugene eugenie eva evan eve eveline evelyne fabien fabienne fabrice farid fatima fatou
fernand fernande flavie florence florent florian france francine francis franck francois
francoise frederic frederique gabriel gabrielle gael gaelle gaetan gaspard genevieve georges
georgette gerald geraldine gerard germaine ghislaine gilbert gilberte gilles ginette
gisele gregoire gregory guillaume guy guylaine gwen gwenaelle gwendal hakim hamid hannah
hector helene henri henriette herve hugo hugues ibrahim ines irene isabelle ismael jacqueline
jacques jade jean jeanine jeanne jeannine jennifer jeremie jeremy jerome joel joelle johan
jonathan jordan joseph josette josiane josephine juliette jules julia julie julien justin
justine karim karima karine kevin khadija kylian laetitia lallie laura laure laurence laurent
lea lea leila lena leo leon leonie leonard lilian liliane lina lise lisa lou louis louise
luc luca lucas lucie lucien lucienne lucile ludovic lydie madeleine maelle maeva magali
malik manon marc marcel marcelle margaux margot marguerite maria marianne marie marielle
marine marion marius marjorie marthe martine mathias mathieu mathilde matteo mathis maud
maurice maxime maximilien medhi mehdi melanie melissa michel micheline michele mickael
mireille mohamed mohammed monique morgane moussa muriel myriam nadege nadia nadine naima
nathalie nathan nelly nicolas nicole nina noah noe noel noelle noemie oceane odette odile
olivia olivier paul paule paulette pauline perrine philippe pierre pierrette quentin
rachel rachid raphael raphaelle raymond raymonde regine regis remi renaud rene renee richard
robert roger roland romain romane rosalie rose roseline rosine rudy sabine sabrina sacha
salome samia samir samira samuel sandra sandrine sarah sebastien serge severine simon
simone solange soline sonia sophie stephane stephanie suzanne suzette sylvain sylvie tanguy
theo theodore therese thibault thibaut thierry thomas timothee tiphaine tristan valentin
valentine valerie vanessa veronique victor victoire vincent violette virginie viviane
xavier yann yannick yasmine yolande youssef yves yvette yvonne zoe
mamadou fatoumata aminata ousmane sekou kadiatou binta ibrahima souleymane oumar adama
mariam awa rokia boubacar seydou lamine nabil nassim sofiane yanis rayan ilyes walid yacine
salim soraya leila latifa malika nora farida zohra houria djamila rachida samia kamel
mourad mustapha said ali hassan hussein omar fatma meryem elif emre mehmet ayse zeynep
nguyen thi thanh huong lan minh tuan linh anh mai
clemence solene loic ophelie lydia maryse huguette berenice lena ewen erwann ronan nolwenn
maelys gwenaelle gwendoline enora maiwenn morgan anaelle oriane ludivine laetitia ghislain
marylene jocelyne josette micheline paulette lucette odette ginette colette mauricette
georgette simone yvonne germaine madeleine raymonde roberte fernande marcelle jeannine
arnaud benoit cyprien gauthier geoffrey jordan kylian lenny loris maxence nathanael
noam owen rayane sacha tiago timothe wilfried yoann yohan
kevin dylan killian mathys noa tom nolan timeo lyam lina louna jade chloe ambre lola
nael rose agathe iris alba romy anna ava mila zelie juliette victoire capucine
marcel-paul jean-pierre jean-paul jean-marc jean-luc jean-claude jean-michel jean-louis
jean-francois jean-jacques jean-yves jean-marie marie-claire marie-france marie-christine
marie-therese marie-laure marie-helene marie-josee marie-odile anne-marie anne-sophie
anne-laure pierre-yves pierre-louis paul-henri louis-marie
mia alma mael eden liam ayden isaac nino gabin malo milo lya luna victoria lana nour maya sofia
kais sohan amir imran younes wassim ayoub idris naim camil elio oscar aron ezra jayden ryan
alya maryam assia lyna ayla celeste elena lila
thi van duc thanh minh quoc tuan anh hoa linh huong hung dung phuong thu trang thao ngoc hien
hanh khanh kim hieu huy khoa loan nga nhung phuc quang quynh thuy uyen vinh xuan yen bao binh
cuong giang hai hoai tam tien trung viet mai wei fang jing lei jun yan hui ming hong xin jie
ying mei ling hua qiang ping yun xiaoming xiaoli lihua jian hao sophal sokha vanna dara bopha
chanthy sopheap avril
tony tiffany jessica cindy steve steven johnny jimmy michael sabrine priscilla cynthia karen
kelly fred freddy eddy willy patrick lionel
barthelemy bertille bilal blandine daphne domitille eleonore eliott eloi elouan garance gautier
heloise hippolyte hortense inaya lilou lorenzo priscille quitterie sasha titouan typhaine violaine
anatole
abdelhamid abdelkrim abdelmalek abderrahmane achille achraf adel adjoua adnane adolphe adrienne
affoue agnieszka ahmet aissatou akissi alberic albertine albin alcide alejandro alexandrine
alida alioune alison allison ama amal amedee amel amira ana andriy angel angela angeline
annabel anselme antonia antonio aristide armande asma aude auguste augustine aurele aurelia
aylin babacar badr barnabe bettina bienvenu blaise brahim burak calixte carlos casimir
cassandra celestine cesar chahrazed charline cheikh christel claudia clovis conceicao coralie
coumba cristina cyrielle daniela deogratias desire desiree diana diego dieudonne djamel dolores
donatien driss duarte edgar edwige emine ernest esperance ethel eulalie evariste ewa exauce
fanny fatiha felicien felicite felix ferdinand fernando fidele filipe firmin floriane fouad
francette gaston gentil germain godefroy goncalo goulven graca gustave gwenael gwenola habib
hafid halima hamza hasan hermine hichem hilaire honore honorine horace hubert huseyin hyacinthe
ida idir ignace igor imane ingrid innocent ioana irina isabel ivan jacky jamal jamel janine
javier jeannette joachim joanna joao joaquim jose josselin kader katarzyna katell kenzo khady
khaled koffi kofi konan kouadio krzysztof kwame lahcen lamia laurie leandre leone leontine
leopold linda loick lorraine lotfi lou-anne louisette lucia luis lurdes lysiane mabrouk
malgorzata mansour marcelin mariama marie-jose mariette marina maryvonne matheo mederic melinda
meriem merveille miguel mihai modibo mokhtar murat mustafa nacer nadir narcisse natalia nawel
ndeye nestor nordine nuno octave oksana oleksandr olga omer orianne ouardia oumou pablo parfait
pascale patience patrice paulo pawel penelope pilar piotr prosper providence prudence rainier
rania raoul raul reda redouane remy riad riwal rodolphe rolande romuald rosa roselyne rozenn
rui rym salah salima sergei sergio severin slimane soizic souad svetlana sylvestre tahar tarek
tatiana teresa theophile thibaud tomasz ulysse urbain valere valery vasile virgile vitor wafa
yamina yannig yao yasmina yassine youcef yusuf zacharie zahra zakaria zineb
""")

SURNAMES = word_set("""
martin bernard thomas petit robert richard durand dubois moreau laurent simon michel lefebvre
leroy roux david bertrand morel fournier girard bonnet dupont lambert fontaine rousseau
vincent muller lefevre faure andre mercier blanc guerin boyer garnier chevalier francois
legrand gauthier garcia perrin robin clement morin nicolas henry roussel mathieu gautier
masson marchand duval denis dumont marie lemaire noel meyer dufour meunier brun blanchard
giraud joly riviere lucas brunet gaillard barbier arnaud martinez gerard roche renard schmitt
roy leroux colin vidal caron picard roger fabre aubert lemoine renaud dumas lacroix olivier
philippe bourgeois pierre benoit rey leclerc payet rolland leclercq guillaume lecomte lopez
jean dupuy guillot hubert berger carpentier sanchez dupuis moulin louis deschamps huet vasseur
perez boucher fleury royer klein jacquet adam paris poirier marty aubry guyot carre charles
renault charpentier menard maillard baron bertin bailly herve schneider fernandez collet
leger bouvier julien prevost millet perrot daniel cousin germain breton besson langlois
remy pelletier leveque perrier leblanc barre lebrun marchal weber mallet hamon boulanger
jacob monnier michaud rodriguez guichard gillet etienne grondin poulain tessier chevallier
collin chauvin bouchet gay lemaitre benard marechal humbert reynaud antoine hoarau perret
barthelemy cordier pichon lejeune gilbert lamy delaunay pasquier carlier laporte gonzalez
dupre lebreton fabre roussel jouan lefort leclerc tanguy guillou kerjean quere cadiou
riou pape morvan nedelec salaun cloarec kerbrat lagadec jaouen abgrall bihan
goff gall roux bris borgne floch meur guen corre moal bras gac berre
ndiaye diallo diop traore sow ba fall sarr camara keita kone coulibaly sylla toure cisse
konate barry bah balde sidibe sangare dembele kante doucoure sissoko
benali benamar benmohamed haddad hamdi mansouri boukhris saidi belkacem bouzid cherif
amrani alaoui bennani chaoui lahlou tazi idrissi brahimi zerrouki meziane belaid djebbar
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
silva santos ferreira pereira oliveira costa rodrigues martins sousa fernandes goncalves
gomes lopes marques alves almeida ribeiro pinto carvalho teixeira moreira correia
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
schmidt muller wagner becker hoffmann schulz koch bauer richter kaiser fuchs zimmermann
kowalski nowak wisniewski wojcik kaminski lewandowski zielinski szymanski
yilmaz kaya demir sahin celik yildiz ozturk aydin
huynh truong dinh lam trinh luong quach cao doan vuong chau tang thai luu kieu wang zhang liu
chen yang huang zhao wu zhou xu sun zhu guo lin gao luo zheng liang xie song han feng deng
peng zeng xiao tian dong yuan cai jiang yu cheng shen yao kim lee park choi jung kang cho yoon
jang lim sok chea heng keo chhun meas ng
""")

# Name-words that are also everyday French words: capital letters or context decide.
EVERYDAY_WORDS = word_set("""
petit blanc rose pierre marie claire boulanger bonnet fontaine roux brun berger boucher
chevalier marchand mercier meunier renard roche moulin riviere noel olive france
charpentier barbier baron breton cousin germain gay aime aimee constance victoire prudence
violette iris ambre marguerite capucine blanche juste patience leger perrier colin robin
jean louis adam paris pape marques borgne bris poulain collet barre poirier carre bouvier
millet leveque chauvin marechal olivier bourgeois gaillard picard clement fournier ange
clementine jade pascal aurore celeste marc guy rey roy lucas bruno
mai lin hai thai song victoria
alcide alexandrine ana auguste augustine bienvenu casimir cassandra celestine cesar cheikh
desire desiree diana esperance eulalie exauce felicite fidele gentil hamza hermine hilaire
honore hubert hyacinthe imane innocent jeannette laurie leone lorraine luis marina merveille
nadir narcisse octave parfait pascale patrice penelope providence rosa sylvestre urbain
""")
