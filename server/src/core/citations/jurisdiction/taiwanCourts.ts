// Taiwan's courts as English pages name them, a page's sign that it speaks of Taiwan: englishRegions.ts (a page on
// Taiwan), taiwanHeadedPage.ts (a page headed as Taiwan's) and foreignPage.ts (no page on another state's law) read it.

// Rule (issue 14, fix-tw21; a Taiwan firm's English note on a Supreme Court decision: "the 108-Tai-Shang-1234-Zi
// Decision", "applied to the Hsinchu District Court", then "Article 184 of the Civil Code"): Taiwan's courts are named
// after its cities (the Taoyuan District Court, the Taichung High Administrative Court — the mainland's are People's
// Courts) and its Supreme Court's case numbers carry 台上 / 台抗 / 台非 romanised (Tai-Shang, Tai-Kang, Tai-Fei): such a
// page speaks of Taiwan as one naming Taiwan does, and is no page on another state's law (foreignPage.ts).
export const TAIWAN_COURT = '(?:(?:New\\s+)?Taipei|Shilin|Taoyuan|Hsinchu|Miaoli|Taichung|Nantou|Changhua|Yunlin|Chiayi|Tainan|Kaohsiung|Pingtung|Taitung|Hualien|Yilan|Keelung|Penghu|Kinmen|Lienchiang)\\s+(?:District|High|(?:High\\s+)?Administrative)\\s+Court|Tai-(?:Shang|Kang|Fei)';
