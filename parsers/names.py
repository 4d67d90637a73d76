"""Chinese personal names by their shape: a common surname (one character, or
one of the two-character ones) before a given name, and the words that fill a
byline's place but name no one (本报, 佚名, 上一篇).  Read by the byline
readers of both paths (parsers.html.byline, parsers.textmeta), so it imports
nothing of the parsers."""
from __future__ import annotations

SURNAMES_TWO = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 "
                "独孤 南宫 西门 万俟 闻人 赫连 澹台 宗政 濮阳 公冶 太叔 申屠 钟离 呼延").split()
SURNAMES_ONE = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车"
    "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜"
    "海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜"
    "羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信"
    "展阴昝智幸奉植衡富尧闭由格桑扎次达旦拉卓洛风")
NOT_NAMES = {"本报", "本网", "记者", "编辑", "通讯员", "作者", "来源", "发布", "时间", "日期",
             "图片", "视频", "新闻", "网友", "匿名", "佚名", "未知", "不详", "转载", "原创", "图文",
             "关注", "分享", "收藏", "评论", "举报", "点赞", "打印", "关闭", "返回", "更多", "首页", "文章",
             "登录", "注册", "阅读", "浏览", "发表", "回复", "查看", "字号", "分享到", "全文", "简体",
             "繁体", "稿源", "商城", "责任", "见习", "打印", "大中小", "文字大小", "标签", "专题",
             "相关", "推荐", "热点", "上一篇", "下一篇"}


def is_name(text: str) -> bool:
    """2-3 characters after a common surname, or 3-4 after a two-character one."""
    if not 2 <= len(text) <= 4 or text in NOT_NAMES:
        return False
    if text[:2] in SURNAMES_TWO:
        return len(text) >= 3
    return len(text) <= 3 and text[0] in SURNAMES_ONE
