namespace FinalAccounts.Ingest.Text;

/// <summary>
/// Folds characters one to one, so that reports written with full-width forms or in traditional script read
/// like the simplified template: full-width digits, letters and punctuation become ASCII, a few look-alikes
/// become their usual form, and the traditional characters of the template's vocabulary become simplified.
/// Folding never changes the length of a line, which keeps the mapping to the original text trivial.
/// </summary>
public static class CharacterFolder
{
    // Traditional → simplified, pairwise. It covers the template's vocabulary (headings, labels, units, change
    // words, table headers) rather than the whole script: unknown characters pass through unchanged.
    private const string Traditional =
        "決財撥萬億減結轉餘預經費項單總計較與為務說況資產業門關內設構職責區縣員運維護購車輛國際補貼勵長數據體營態績評價標達劃開發" +
        "實這個們來時會議訓練機華廣東險療醫衛樂學師藝電網絡訊線號場權齊應當屬級該對於從並採貨辦處鄉鎮農勞動讓認證識種類專點積異協" +
        "調節環報導範圍傳創參擔舉講歷圖書變滿響頻準則規執獲戶幣稅貸債還額盤虧損紅歲兒漢語雙邊廳黨聯繫係話郵編碼慶義養災糧儲備團組" +
        "臺領幹離問題獎統籌細歸紀錄後裡麼隻週鐘雲頁圓張條隊檔樓檢驗試質優勢錢銀負現無寬帶壓縮擴層僅將樣給過進選遞遠適連違遺談請讀" +
        "論記許訪詳誤課視覽親覺陸隨雜難雖顯風飛館馬黃龍眾傢廠庫歡屆閱陣隱隴雞賬賣買賴贈贊輔輕載輪軟軍転遷遲遊遼邏鄭醞釋針鈔鋼鍵鎖" +
        "鏈閉間閩閣閥閻闆闊陝陰陳陽階靈靜韓頂順須頒頭顏顧願飯飲飾騰驅髮鬥魯鮮鳥鳴鴻鵬麥齡齒爲衆綫佔舊麪裏啓啟綜臨製復複強彙匯緊稱" +
        "確嚴謀蓋繳託術氣別穩監測灣橋嵐棲楓鷺織濟礎納簽寫兌紹聞園塊壞廢徹徑憶懷惡慣戰擁擇擋揮換擲攪攜攝擺斷曉暫楊極槍櫃欄樹夢橫殘" +
        "毀汙沒溝滬淚澤潔淺瀏濃塗潤濤漲漸漁溫濕濾濫滅燈爐煉煙熱愛牘猶獨狹獵獻瑣畫暢瘡瘋癢盞鹽睜礦磚碩禮禍窮竄窩競筆築簡糾約純綱縱" +
        "紛紙終綁繞繪絕繼緒續綠緩緣羅罰肅勝腦腳脫艱蘆蘇藥榮蓮蕭藍慮見觀訴詞譯詩誠詢諸謝譜貝貢敗販貧貫貴貿賦賞賠賽趙趨躍踐軌輸轄鄰" +
        "醬鐵鈴銷錯鍛閃閒閘鬧雛霧頓魚倉兩冊凍剛劇勁勸卻喚堅墊壇奪奮婦孫寧審寶島嶺幫彈徵戲擬敵斂歐殺潛燒爭牆狀畢盡罷習聖聲聽脅興艦" +
        "莊葉蔣薦蘭蟲裝襲討訂診誌諾豐豬賓贏趕跡輩遙邁鑒鑑鋪鍋鏡龜儀償劑劉夠奧嶼彎擊攤敘斬殼滯燦礙禦窯籃聰膽臉艙萊蘋蝦衝襯覓詐謊譽" +
        "貪賀賺蹤軸輯輿轟辭鄧鈕鉛鋒錦鍊鏟鑰鑽隸韋頌頸顆颱飄餅餓饑駐騎驚鬆鳳鴨鵝麗黴佈侖倫偉側偵傑傘傷傾僱兇剎勛匱厲嘆噸嚮墳壽夥妝" +
        "寵尋屢嶄帥幾廁廂廈廚弔恆悅惱慘憐懇懲懶戀挾捨掃掛揀揚搶撐擠擾攔昇晉暈曆曬棄棟樁樞歎毆沖湊滄滲漿潑澆濱瀉灑煩爺牽犧獄疊癡盧" +
        "睏矯禎稈窪竊糞紋絲綿緝縫纖罵羨聳脈腎膚臘臟艷荊莖葦蒼蔭薑薩蘊蝕蠟褲觸註誇謄讚豎貞賤贓贖軋軒輝輻轎迴遜醃釀釣鈍鈣鋁銳鍍鏽閏" +
        "閑闡陞頗頰顫颶飢飼飽餃餵饒駕駛驢驟髒鬍鬱鯉鷹鹼麵齋";

    private const string Simplified =
        "决财拨万亿减结转余预经费项单总计较与为务说况资产业门关内设构职责区县员运维护购车辆国际补贴励长数据体营态绩评价标达划开发" +
        "实这个们来时会议训练机华广东险疗医卫乐学师艺电网络讯线号场权齐应当属级该对于从并采货办处乡镇农劳动让认证识种类专点积异协" +
        "调节环报导范围传创参担举讲历图书变满响频准则规执获户币税贷债还额盘亏损红岁儿汉语双边厅党联系系话邮编码庆义养灾粮储备团组" +
        "台领干离问题奖统筹细归纪录后里么只周钟云页圆张条队档楼检验试质优势钱银负现无宽带压缩扩层仅将样给过进选递远适连违遗谈请读" +
        "论记许访详误课视览亲觉陆随杂难虽显风飞馆马黄龙众家厂库欢届阅阵隐陇鸡账卖买赖赠赞辅轻载轮软军转迁迟游辽逻郑酝释针钞钢键锁" +
        "链闭间闽阁阀阎板阔陕阴陈阳阶灵静韩顶顺须颁头颜顾愿饭饮饰腾驱发斗鲁鲜鸟鸣鸿鹏麦龄齿为众线占旧面里启启综临制复复强汇汇紧称" +
        "确严谋盖缴托术气别稳监测湾桥岚栖枫鹭织济础纳签写兑绍闻园块坏废彻径忆怀恶惯战拥择挡挥换掷搅携摄摆断晓暂杨极枪柜栏树梦横残" +
        "毁污没沟沪泪泽洁浅浏浓涂润涛涨渐渔温湿滤滥灭灯炉炼烟热爱牍犹独狭猎献琐画畅疮疯痒盏盐睁矿砖硕礼祸穷窜窝竞笔筑简纠约纯纲纵" +
        "纷纸终绑绕绘绝继绪续绿缓缘罗罚肃胜脑脚脱艰芦苏药荣莲萧蓝虑见观诉词译诗诚询诸谢谱贝贡败贩贫贯贵贸赋赏赔赛赵趋跃践轨输辖邻" +
        "酱铁铃销错锻闪闲闸闹雏雾顿鱼仓两册冻刚剧劲劝却唤坚垫坛夺奋妇孙宁审宝岛岭帮弹征戏拟敌敛欧杀潜烧争墙状毕尽罢习圣声听胁兴舰" +
        "庄叶蒋荐兰虫装袭讨订诊志诺丰猪宾赢赶迹辈遥迈鉴鉴铺锅镜龟仪偿剂刘够奥屿弯击摊叙斩壳滞灿碍御窑篮聪胆脸舱莱苹虾冲衬觅诈谎誉" +
        "贪贺赚踪轴辑舆轰辞邓钮铅锋锦炼铲钥钻隶韦颂颈颗台飘饼饿饥驻骑惊松凤鸭鹅丽霉布仑伦伟侧侦杰伞伤倾雇凶刹勋匮厉叹吨向坟寿伙妆" +
        "宠寻屡崭帅几厕厢厦厨吊恒悦恼惨怜恳惩懒恋挟舍扫挂拣扬抢撑挤扰拦升晋晕历晒弃栋桩枢叹殴冲凑沧渗浆泼浇滨泻洒烦爷牵牺狱叠痴卢" +
        "困矫祯秆洼窃粪纹丝绵缉缝纤骂羡耸脉肾肤腊脏艳荆茎苇苍荫姜萨蕴蚀蜡裤触注夸誊赞竖贞贱赃赎轧轩辉辐轿回逊腌酿钓钝钙铝锐镀锈闰" +
        "闲阐升颇颊颤飓饥饲饱饺喂饶驾驶驴骤脏胡郁鲤鹰碱面斋";

    // Indexed by (c - FirstHan): a flat table keeps folding a plain array lookup per character.
    private const char FirstHan = '\u4E00';
    private static readonly char[] TraditionalToSimplified = BuildScriptTable();

    /// <summary>Folds one character; characters without a mapping are returned as they are.</summary>
    public static char Fold(char c)
    {
        // Full-width ASCII block (！ … ～): digits, letters, ，；：（）％ and the rest.
        if (c is >= '\uFF01' and <= '\uFF5E') return (char)(c - 0xFEE0);
        if (c < '\u2000') return c == '\u00A0' ? ' ' : c;
        return c switch
        {
            '\u3000' => ' ',            // ideographic space
            '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\u202F' => ' ',
            '\u200B' or '\uFEFF' => ' ', // zero-width space / stray BOM: spaces are dropped later anyway
            '\u2267' => '≥',            // ≧
            '\u2266' => '≤',            // ≦
            '\uFE6A' => '%',            // small percent sign
            '\u2236' => ':',            // ratio sign used as a colon
            '\u2212' => '-',            // minus sign
            >= FirstHan and <= '\u9FFF' => TraditionalToSimplified[c - FirstHan],
            _ => c,
        };
    }

    /// <summary>Folds every character of <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Fold(c) == c) continue;
            return string.Create(text.Length, text, static (span, source) =>
            {
                for (var j = 0; j < source.Length; j++) span[j] = Fold(source[j]);
            });
        }

        return text;
    }

    private static char[] BuildScriptTable()
    {
        if (Traditional.Length != Simplified.Length)
            throw new InvalidOperationException("The traditional and simplified tables differ in length.");

        var table = new char['\u9FFF' - FirstHan + 1];
        for (var i = 0; i < table.Length; i++) table[i] = (char)(FirstHan + i);
        for (var i = 0; i < Traditional.Length; i++) table[Traditional[i] - FirstHan] = Simplified[i];
        return table;
    }
}
