using System.Collections.Frozen;
using System.Text;

namespace FinalAccounts.Synthetic.Rendering;

/// <summary>
/// Simplified to traditional characters for the words of the report template (決算, 財政撥款, 萬元,
/// 一般公共預算, category names, table headings), as some published reports are written.
/// </summary>
public static class TraditionalScript
{
    // Pairs of simplified and traditional characters, one pair per two characters.
    private const string Pairs =
        "决決财財拨撥万萬总總计計较較长長减減结結转轉余餘业業务務经經营營费費项項预預单單国國资資产產购購货貨" +
        "动動关關运運维維护護议議训訓说說况況会會门門员員职職责責设設机機构構发發区區级級属屬体體报報绩績标標" +
        "价價卫衛与與农農环環节節乡鄉传傳学學术術应應灾災粮糧储儲备備气氣债債还還别別数數为為这這个個据據对對" +
        "开開评評团團辆輛车車实實际際权權质質满滿时時响響网網络絡统統稳穩态態专專点點码碼联聯电電话話间間类類" +
        "划劃书書导導领領监監检檢测測验驗买買现現银銀补補贴貼医醫疗療险險养養奖獎励勵办辦处處库庫东東湾灣桥橋" +
        "岚嵐栖棲枫楓鹭鷺杉杉岸岸县縣规規划劃编編组組织織济濟馆館围圍闭閉础礎纳納缴繳钱錢签簽协協调調达達" +
        "务務则則证證书書识識题題问問写寫条條线線轮輪兑兌让讓认認边邊远遠难難队隊阶階际際级級给給绍紹读讀" +
        "样樣历歷范範试試读讀谈談达達边邊议議详詳语語门門闻聞园園圆圓图圖场場块塊坏壞压壓层層岁歲广廣庆慶" +
        "库庫废廢张張强強归歸录錄彻徹径徑忆憶态態怀懷总總恶惡惯慣战戰户戶扩擴护護拥擁择擇担擔挡擋挥揮损損" +
        "换換据據掷擲搅攪携攜摄攝摆擺数數断斷无無旧舊时時显顯晓曉暂暫术術机機杂雜权權条條来來杨楊极極构構" +
        "枪槍柜櫃标標栏欄树樹样樣桥橋梦夢检檢楼樓横橫欢歡岁歲残殘毁毀气氣汇匯汉漢污汙没沒沟溝沪滬泪淚泽澤" +
        "洁潔浅淺测測济濟浏瀏浓濃涂塗润潤涛濤涨漲渐漸渔漁温溫湿濕满滿滤濾滥濫灭滅灯燈灵靈炉爐点點炼煉烟煙" +
        "热熱爱愛牍牘犹猶独獨狭狹猎獵献獻环環现現琐瑣电電画畫畅暢疗療疮瘡疯瘋痒癢盏盞盐鹽监監盖蓋盘盤" +
        "睁睜矿礦码碼砖磚础礎硕碩确確礼禮祸禍离離种種积積称稱税稅稳穩穷窮窜竄窝窩竞競笔筆筑築签簽简簡类類" +
        "粮糧纠糾红紅约約级級纪紀纯純纲綱纳納纵縱纷紛纸紙线線练練组組细細织織终終绍紹经經绑綁结結绕繞绘繪" +
        "给給络絡绝絕统統继繼绩績绪緒续續维維综綜绿綠缓緩编編缘緣缩縮网網罗羅罚罰职職联聯肃肅胜勝脑腦脚腳" +
        "脱脫艰艱艺藝节節芦蘆苏蘇药藥获獲荣榮莲蓮营營萧蕭蓝藍虑慮虽雖见見观觀规規视視览覽觉覺训訓议議讯訊" +
        "记記讲講许許论論设設访訪证證评評识識诉訴词詞译譯试試诗詩诚誠话話询詢该該详詳误誤说說请請诸諸读讀" +
        "课課调調谈談谋謀谢謝谱譜豪豪贝貝负負贡貢财財责責败敗货貨质質贩販贫貧购購贯貫贴貼贵貴贷貸费費贸貿" +
        "资資赋賦赏賞赔賠赖賴赛賽赞贊赵趙趋趨跃躍践踐车車轨軌轮輪软軟转轉轻輕载載较較辅輔辆輛输輸辖轄边邊" +
        "达達过過运運近近还還这這进進远遠违違连連迟遲适適选選递遞逻邏遗遺邮郵邻鄰郑鄭酝醞酱醬释釋针針" +
        "钟鐘钢鋼钱錢铁鐵铃鈴银銀销銷锁鎖错錯锻鍛键鍵镇鎮长長门門闪閃闭閉问問闲閒间間闸閘闹鬧阀閥阁閣阅閱" +
        "队隊阳陽阴陰阵陣际際陆陸陈陳险險随隨隐隱难難雏雛雾霧静靜页頁顶頂项項顺順须須顾顧顿頓领領频頻题題" +
        "颜顏风風飞飛饭飯馆館驱驅验驗鱼魚鸟鳥鸡雞齐齊龄齡";

    private static readonly FrozenDictionary<char, char> Map = BuildMap();

    public static string Convert(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(Map.TryGetValue(c, out var t) ? t : c);
        return builder.ToString();
    }

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2) map.TryAdd(Pairs[i], Pairs[i + 1]);
        return map.ToFrozenDictionary();
    }
}
