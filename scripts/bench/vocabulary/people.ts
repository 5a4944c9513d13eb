import { listOf } from "./listOf.ts";

/** Names for bylines and quoted sources, drawn from many regions as a world news desk's would be. */
export const firstNames = listOf(`
  Aaron, Abdul, Adriana, Ahmed, Aiko, Alan, Alejandro, Alex, Alice, Amara, Amir, Ana, Andrea, Andrew,
  Angela, Anil, Anna, Anton, Arjun, Ayesha, Beatriz, Ben, Bilal, Brian, Carla, Carlos, Catherine, Chen,
  Chidi, Claire, Daniel, David, Deepa, Diego, Dmitri, Elena, Elif, Emeka, Emily, Emma, Erik, Fatima,
  Felipe, Fiona, Francesca, Gabriel, Grace, Hana, Hannah, Hassan, Helen, Hiroshi, Ibrahim, Ingrid, Isabel,
  Ivan, James, Jane, Javier, Jin, Joanna, John, Jonas, Jorge, Julia, Kamala, Karin, Kenji, Kevin, Kwame,
  Lars, Laura, Lei, Leila, Li, Lucas, Lucia, Luis, Maria, Mark, Marta, Martin, Matteo, Mei, Michael,
  Miguel, Min-jun, Mohammed, Nadia, Naledi, Natalia, Nikolai, Nina, Noura, Olga, Omar, Oscar, Pablo, Paolo,
  Patrick, Paul, Pedro, Peter, Priya, Rachel, Rahul, Ravi, Rebecca, Ricardo, Robert, Rosa, Ruth, Sakura,
  Samuel, Sara, Sergei, Shira, Simon, Sofia, Sophie, Stefan, Sunil, Tanya, Thomas, Tomas, Usman, Valentina,
  Victor, Wei, Xiaoming, Yasmin, Yuki, Yusuf, Zainab, Zhang, Zoe
`);

export const lastNames = listOf(`
  Abdullah, Adeyemi, Alvarez, Andersen, Bakker, Banerjee, Becker, Bianchi, Brown, Cao, Carvalho, Castillo,
  Chandra, Chen, Cho, Choi, Clarke, Costa, Dahl, Das, Davies, Dubois, Eriksson, Evans, Fernandes, Fischer,
  Fitzgerald, Fontaine, Garcia, Gomez, Greene, Gupta, Haddad, Hakimi, Hansen, Harris, Hayashi, Hoffmann,
  Hughes, Ivanova, Jensen, Johnson, Kaplan, Kato, Khan, Kim, Kowalski, Kumar, Laurent, Lee, Lehmann, Levy,
  Li, Lindqvist, Liu, Lopez, Mahmoud, Malik, Martin, Mendes, Meyer, Molina, Moreau, Murphy, Mwangi,
  Nakamura, Nguyen, Novak, Nowak, Obi, Okafor, Olsen, Ortiz, Osei, Park, Patel, Petrov, Pham, Popescu,
  Qureshi, Rahman, Ramirez, Rao, Reyes, Richter, Rossi, Rousseau, Saito, Santos, Schmidt, Schneider,
  Sharma, Silva, Singh, Smirnov, Sokolov, Suzuki, Tanaka, Tan, Thompson, Torres, Tran, Van Dijk, Vargas,
  Volkov, Wagner, Walker, Wang, Weber, Williams, Wilson, Wong, Wu, Xu, Yamamoto, Yang, Yilmaz, Zhao, Zhou
`);

/** Roles a quoted source holds, written to follow a name: `Ana Silva, a senior economist at ...`. */
export const roles = listOf(`
  a senior economist, a spokeswoman, a spokesman, the deputy minister, a policy analyst,
  a professor of international relations, the chief executive, a senior official, a researcher,
  the director, a former ambassador, a trade lawyer, a security analyst, a climate scientist,
  an epidemiologist, a lawmaker, the chairman, a senior fellow, a portfolio manager, a diplomat,
  the head of research, a data scientist, a union leader, a former adviser, the general counsel
`);

/** Organisations quoted in the body; fictional but plausible, so none reads as a claim about a real one. */
export const organisations = listOf(`
  the Institute for Strategic Dialogue, the Centre for Policy Studies, the Global Trade Council,
  the International Energy Forum, the Asia Pacific Research Group, the European Policy Centre,
  the Atlantic Security Institute, the World Health Network, the Digital Rights Foundation,
  the Council on Economic Affairs, the National Statistics Office, the Central Bank,
  the Ministry of Foreign Affairs, the Ministry of Commerce, the Ministry of Health,
  the Federal Communications Authority, the Climate Action Network, the Chamber of Commerce,
  the Institute of International Finance, the Cyber Threat Alliance, the Refugee Support Council,
  Meridian Capital, Northbridge Analytics, Harbor Securities, Sterling Partners, Orion Systems,
  Vector Labs, Helix Pharmaceuticals, Pacific Rim Shipping, Continental Motors, Summit Energy,
  BlueRiver Semiconductor, Ironwood Defence, Greenfield Agritech, Crescent Telecom, Apex Logistics,
  the University of Westbrook, the Royal Institute of Technology, the School of Public Health,
  the Parliamentary Budget Office, the Electoral Commission, the Supreme Court, the Finance Ministry
`);

/** Publishers named in bylines (`By ... (The Daily Example)`); some contain country names, as real ones do. */
export const publications = listOf(`
  The Daily Example, Global Wire, The Harbour Times, Metro Tribune, Northern Ledger, The Courier,
  World Desk, The Evening Example, China Daily, The Japan Examiner, India Business Review,
  The Atlantic Observer, Capital Post, The Morning Herald, Continental News Service
`);
