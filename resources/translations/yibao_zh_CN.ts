<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>yibao::AccountChart</name>
    <message>
        <source>个人账户划入：按年、按年龄段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户划入：没有已缴费的月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年划入（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人账户划入图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数未知（金额不详）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计（已知部分）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ArticleBrowser</name>
    <message>
        <source>资料库没有打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索资料，如：补缴、断缴、3个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文章和搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文章全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库无法打开，搜索不可用：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库无法载入文章，搜索不可用：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 篇文章</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>搜索失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 段</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料原文 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本程序的解释</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 条，显示前 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示全部</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::CardWidget</name>
    <message>
        <source>✓ 正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! 注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ 不利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? 未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基于上次有效输入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::Cards</name>
    <message>
        <source>zh_CN</source>
        <comment>language id of the card texts: zh_CN or en</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ConsultationListDialog</name>
    <message>
        <source>打开(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按姓名、身份证号后 4 位或日期（如 2026-11）查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询记录列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一直保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过这么多天未再保存的咨询记录在程序下次启动时删除；0 为一直保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取咨询记录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示最近 %1 条，共 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条咨询记录</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>删除咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除 %1（%2 保存）的咨询记录？删除后无法恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未留姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入自 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入 %1：
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ConsultationModel</name>
    <message>
        <source>校验位不对，请核对证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是有效的 18 位身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策配置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::CounterWorkflow</name>
    <message>
        <source>资料库无法打开：不自动保存，咨询记录不可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为咨询记录(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询记录(&amp;L)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入缴费记录(CSV)(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序的资料库无法打开：
%1

程序照常可用，但这次不会自动保存正在输入的案例，也不能保存或查找咨询记录。请用“文件→另存为”保存案例，并检查该文件夹是否可写、磁盘是否已满。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从损坏的文件中找回 %1 条咨询记录中的 %2 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏的文件中的咨询记录无法读出；该文件仍保留在上述位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏的文件中没有咨询记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>最多 %n 条咨询记录无法读出。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>上次未保存的案例也已找回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库已损坏，已移开并新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库已修复</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已按保留期限删除 %n 条旧咨询记录</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>一个未保存的新案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案例 %1 的未保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复未保存的案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次程序没有正常退出，留下了%1（%2 自动保存）。要恢复吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不要，删掉它(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取自动保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动保存的案例无法读取：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复上次未保存的案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动保存失败，请用“文件→另存为”保存案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库无法打开：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>案例中还有 %n 处输入需要修改，改正后才能保存为咨询记录。（按原样保存可用“文件→另存为”。）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>已打开 %1 的咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未留姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存为咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录 (*.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入缴费记录 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 段缴费记录</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>磁盘已满，或资料库所在的磁盘无法写入。请腾出磁盘空间（或检查磁盘），窗口里的内容都还在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 不是损坏资料库的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法删除 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏资料库的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库损坏时移开的文件。它们含有客户的姓名和完整身份证号，确认不再需要后请删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2，%3 KB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除损坏资料库的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除 %1？删除后无法恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏资料库的备份(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料库文件是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序的资料库文件是空的（0 字节）：
%1

已把它当作新资料库使用，其中没有以前的咨询记录。如果以前在这台电脑上保存过咨询记录，它们不在这个文件里（可能文件被清空或换过）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已按保留期限删除 %n 个损坏资料库的备份</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>程序的资料库已损坏，已移开并新建资料库。
损坏的文件已移到：
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 条的案例已无法读出，记录已保留并加了备注。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>损坏的原因：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐藏详细信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动保存已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在输入的案例无法自动保存：
%1

窗口里的内容都还在，程序会每隔几秒再试。也可以用“文件→另存为”把案例保存到别处（例如 U 盘）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已载入另一窗口保存的版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询记录已在别处修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条咨询记录（%1）在您打开之后已由另一个窗口保存过（%2）。要怎么办？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的另存为新记录(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入对方的版本(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用我的覆盖(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条咨询记录的案例在资料库损坏时丢失了，只剩客户资料和备注。请重新输入案例，保存时会存回这条记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询记录没有保存：资料库写入失败。填写的姓名和身份证号都还在，请稍后再试，或用“文件→另存为”把案例存成文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已打开 %1 的咨询记录。注意：它保存时的政策配置是 %2 版本 %3，现行版本是 %4，数字已按现行版本重新计算，可能与当时告知客户的不同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条咨询记录保存时按政策配置 %1 的 %2 版计算，现行版本是 %3，下面的结果已按现行版本重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时存档的结果无法读取，无法对比。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时的结果未存档，无法对比。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与保存时相比，主要数字没有变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>与保存时相比，有 %n 项主要数字不同。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>左列是 %1 保存这条咨询记录时显示的结果（政策配置 %2 的 %3 版，计算日期 %4）；右列是现在按现行版本 %5 和窗口中的输入计算的结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时（%1 版）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在（%1 版）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::CsvImportDialog</name>
    <message>
        <source>替换案例中现有的缴费记录(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加到现有缴费记录之后(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入缴费记录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费基数（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到账日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编码 %1，读到 %2 行数据：%3 行可导入，合并为 %4 段；%5 行不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将导入的缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能导入的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有。每一行都读懂了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>导入 %n 段</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ErrorPlace</name>
    <message>
        <source>起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补缴日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休时缴费基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录 第%1行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医事件 第%1行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策配置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::EventsForm</name>
    <message>
        <source>第%1行：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医日期与类型：判断当天个人账户能否使用、统筹基金是否报销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加一次就医（Insert）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医事件表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除选中的就医事件（Ctrl+Delete）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::EventsModel</name>
    <message>
        <source>修改就医事件第%1行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加就医事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除就医事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>清空%n格</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yibao::ExplanationPane</name>
    <message>
        <source>资料 %1 不在资料库中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在中间选中一张结果卡片，这里显示它的计算过程和资料原文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这张卡片没有计算步骤。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料说法不一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 资料说法不一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下列资料与本程序采用的规定说法不同。计算按档案的规定进行；各地经办规定不一，请以当地医保经办机构的答复为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另一说法：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他依据（法律法规）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ 资料说法不一&lt;/b&gt;：有 %n 处规定，资料的说法与本程序采用的不同。&lt;a href=&quot;#conflicts&quot;&gt;查看&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>资料原文（高亮为与本结果有关的数字和词语，点击标题查看全文）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引用于：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（北京示例：资料只给出北京的情况）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>见于「%1」的相关推荐</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::Labels</name>
    <message>
        <source>单位职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>灵活就业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已补缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门诊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>药店购药</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门诊慢特病</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女干部（原55岁退休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女工人（原50岁退休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::MainWindow</name>
    <message>
        <source>改用政策配置 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改计算日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按当前输入计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原文资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印明白纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先改正输入中的问题，再打印明白纸。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>明白纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开 %1：
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医保案例 (*.yibao.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前案例有未保存的修改。要先保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销“%1”(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做“%1”(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工医保计算与解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案例表单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策配置(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策配置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算所用的政策参数：全国通用或地方配置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按哪一天计算欠费、滞纳金和待遇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入需要修改（点击定位）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入问题列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果解读</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>有 %n 处输入需要填写或修改</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>明白纸已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览明白纸(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印明白纸(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出明白纸 PDF(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>已保存 %1（其中 %n 处输入仍需修改）</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>不保存(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改缴款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……另有 %1 处问题，改正上面的问题后会列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>有 %n 处输入需要修改；结果基于上次有效输入</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>放大文字(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小文字(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字恢复原大小(&amp;0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休信息(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就医事件(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴款日期(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同计算日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户打算哪天缴清欠费：欠缴月份的滞纳金算到这一天，并按这一天判断能否视为连续缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字大小 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 计算日期在今天之后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 计算日期在一年多以前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请核对计算日期：结果按 %1 计算（今天是 %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询记录 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::PeriodsForm</name>
    <message>
        <source>拆分记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第二段从哪个月开始（YYYY-MM）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不是 YYYY-MM 形式的月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选中至少两行相邻的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第%1行 %2：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在当前行之后添加一行（Insert）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拆分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当前行按月份拆成两行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把选中的相邻几行合并为一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从电子表格粘贴多行（Ctrl+V），列顺序：起始月份、截止月份、类型、缴费基数、状态、补缴日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除选中的行（Ctrl+Delete）；Delete 只清空选中的格</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::PeriodsModel</name>
    <message>
        <source>修改第%1行%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费基数（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补缴日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加第%1行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除第%1行</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>删除%n行</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>拆分月份须在本行的起止月份之间（不含起始月份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拆分第%1行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选中至少两行相邻的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第%1行与第%2行的月份不相接，不能合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并第%1至%2行</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>粘贴%n行</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>清空%n格</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>退休后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠费（部分退休后）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::PersonForm</name>
    <message>
        <source>修改出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期(&amp;B)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别决定原法定退休年龄：男职工60岁，女干部55岁，女工人50岁。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别(&amp;G)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择女干部或女工人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ReportDialogs</name>
    <message>
        <source>打印预览：明白纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印明白纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印：打印机没有接受这份文档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出明白纸 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>明白纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附上解释、资料原文和计算过程（附录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户姓名（可不填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号（印出时只显示前 3 位和后 4 位）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ReportWriter</name>
    <message>
        <source>%1：无法写入 PDF 文件（%2）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::ResultsPane</name>
    <message>
        <source>计算结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写个人信息和缴费记录后，这里显示计算结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>请改正以下 %n 处输入。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>个人账户划入图</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>请改正以下 %n 处输入；下面是基于上次有效输入的结果。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>……另有 %1 处问题，改正上面的问题后会列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按下列理解计算：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录第 %1 行：%2 至 %3 记为欠费，但 %4 起已退休——退休后的月份不计欠费，也不用补缴</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::RetirementForm</name>
    <message>
        <source>按法定退休日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写退休日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改退休日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改退休时缴费基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改视同缴费月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按法定退休年龄退休(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休时缴费基数（元）(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费月数(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按法定退休年龄退休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休时缴费基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定退休日期按2024年《关于实施渐进式延迟法定退休年龄的决定》计算；退休时缴费基数用于计算一次性补缴。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定退休日期：%1（%2岁%3个月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休日期(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::SaveConsultationDialog</name>
    <message>
        <source>保存为咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填；18 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：来访原因、约定的下次办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前案例连同以下信息保存在本机的资料库中。身份证号只在这里完整显示，其他地方只显示前 3 位和后 4 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填也可以保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号码有效（出生日期 %1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最后一位校验位应为 %1，请核对证件。仍可保存，记录会标出此问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是有效的 18 位身份证号（位数、地区码或出生日期不对）。仍可保存，记录会标出此问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为一条新记录(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不勾选时更新打开的这条咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新咨询记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期 %1 与个人信息的出生日期 %2 不一致，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号第 17 位表示男性，与个人信息的性别（女）不一致，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号第 17 位表示女性，与个人信息的性别（男）不一致，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::SavedFiguresDialog</name>
    <message>
        <source>对比保存时的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果卡片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时与现在的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::SavedFiguresNotice</name>
    <message>
        <source>对比保存时的结果(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策配置版本已变</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::TimelinePainter</name>
    <message>
        <source>截至日所在月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期补缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠费未缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>城乡居民医保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视同缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待期（统筹暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划缴费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已退休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚无缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1月</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yibao::TimelineWidget</name>
    <message>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费记录第 %1 行：%2 %3 至 %4，%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，缴费基数 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，%1 补缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>断缴 %1 至 %2（%3）：本金 %4，滞纳金 %5，尚欠 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统筹基金暂停支付，%1起恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统筹基金暂停支付，尚未恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至日：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退休月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费时间轴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚无缴费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1至%2：%3。方向键逐月移动，回车选中缴费记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
