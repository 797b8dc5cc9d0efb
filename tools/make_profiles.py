#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes resources/profiles/*.json from the tables below. The JSON files are the shipped
# data; this script only keeps the long source citations in one readable place.
import json, pathlib

START = "1990-01-01"
DECISION = "全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》(2024-09-13，2025-01-01施行)及所附办法第一条"

def p(unit, *values):
    return {"unit": unit, "values": [dict(zip(("from", "value", "source"), v)) if len(v) == 3 else
                                     dict(zip(("from", "value", "source", "note"), v)) for v in values]}

R004_ACC = '004 相关推荐「职工医保个人账户的钱怎么算的」(健康新闻 2025-04-19)'
R004_BJ = '004 相关推荐「北京退休医保补交费用怎么算的」(健康新闻 2025-04-19): 单位补缴比例为9.8%，个人为2%'
LIFE = '002 相关推荐「医疗保险缴多久能全报销」(健康新闻 2025-04-13): 男性累计25年、女性累计20年，实际缴费年限不少于15年'

general = {
    "schema": "yibao-profile/1",
    "id": "general",
    "name": "通用 · 据资料整理",
    "nameEn": "General · from the sources",
    "version": "2026.12",
    "inherits": "",
    "validFrom": START,
    "description": "按随附的五篇资料、国家渐进式延迟退休决定和社会保险法整理的通用参数；资料未给出的数值标为未知。",
    "parameters": {
        "retire.reform_start": p("month", (START, "2025-01", DECISION + "：自2025年1月1日起逐步延迟")),
        "retire.original_age.male": p("years", (START, 60, DECISION + "：男职工原法定退休年龄60周岁")),
        "retire.original_age.female_cadre": p("years", (START, 55, DECISION + "：原法定退休年龄55周岁的女职工")),
        "retire.original_age.female_worker": p("years", (START, 50, DECISION + "：原法定退休年龄50周岁的女职工")),
        "retire.delay_step.male": p("months", (START, 4, DECISION + "：每4个月延迟1个月")),
        "retire.delay_step.female_cadre": p("months", (START, 4, DECISION + "：每4个月延迟1个月")),
        "retire.delay_step.female_worker": p("months", (START, 2, DECISION + "：每2个月延迟1个月")),
        "retire.delay_cap.male": p("months", (START, 0, "2025年以前无延迟退休（原法定退休年龄）"), ("2025-01-01", 36, DECISION + "：延迟至63周岁，最多36个月")),
        "retire.delay_cap.female_cadre": p("months", (START, 0, "2025年以前无延迟退休（原法定退休年龄）"), ("2025-01-01", 36, DECISION + "：延迟至58周岁，最多36个月")),
        "retire.delay_cap.female_worker": p("months", (START, 0, "2025年以前无延迟退休（原法定退休年龄）"), ("2025-01-01", 60, DECISION + "：延迟至55周岁，最多60个月")),
        "rate.employee.employer": p("percent", (START, "9.8", R004_BJ)),
        "rate.employee.individual": p("percent", (START, "2", R004_BJ + "；" + R004_ACC + ": 按本人参保缴费基数的2%")),
        "rate.flexible": p("percent", (START, "11.8", '003 §三.1: 灵活就业人员「费用自缴」，即单位与个人两部分合计 9.8% + 2%')),
        "gap.suspend_after_months": p("months", (START, 1, '000 §3: 「从中断缴费的次月起,将暂停享受医疗保险统筹基金支付的待遇」')),
        "gap.grace_months": p("months", (START, 3, '001 相关推荐「医保断交三个月内需要补交几个月」；002 §2',
                                         '部分地区允许6个月内补缴（001 相关推荐「医保有一个月没交上怎么办」）')),
        "gap.waiting_months": p("months", (START, 6, '001 相关推荐「医保三个月没缴费会断吗」: 「需补缴满6个月后方可恢复待遇」；004 §三',
                                           '资料说法不一：3个月、3–6个月、1年、6个月（见「资料说法不一」）')),
        "gap.backpaid_costs_covered": p("bool", (START, False, '000 §3: 「即使补交医保费用,也无法获得报销」',
                                                 '002 相关推荐「职工医保停缴后补缴多久生效」称按连续参保报销')),
        "gap.late_fee_daily": p("percent", (START, "0.05", '《中华人民共和国社会保险法》第八十六条：自欠缴之日起按日加收万分之五的滞纳金；001 相关推荐「医保有一个月没交上怎么办」')),
        "gap.late_fee_kinds": p("kinds", (START, ["employee", "flexible"], '社会保险法第八十六条（用人单位）；001 相关推荐「医保有一个月没交上怎么办」（灵活就业个人）')),
        "gap.late_fee_cap_ratio": p("ratio", (START, "1", '《中华人民共和国行政强制法》第四十五条：加处罚款或者滞纳金的数额不得超出金钱给付义务的数额')),
        "enrol.first_cover_offset_months": p("months", (START, 1, '002 相关推荐「医疗保险刚买多久生效」: 「首次参保或续保后,次月1日生效」',
                                                        '003 相关推荐「职工医保当年交的当年可以用吗」称需先缴满6个月')),
        "account.individual_rate": p("percent", (START, "2", R004_ACC + ": 个人缴费全额计入，即缴费基数的2%")),
        "account.employer_share.under35": p("percent", (START, "1.3", R004_ACC + ": 35岁以下按缴费基数的1.3%划入")),
        "account.employer_share.35to44": p("percent", (START, "1.5", R004_ACC + ": 35-44岁按缴费基数的1.5%划入")),
        "account.employer_share.45plus": p("percent", (START, None, R004_ACC + ": 「45岁以上 :按缴费基数的1」——原文在此截断，比例未知")),
        "account.retiree.retired_under70": p("yuan_per_month", (START, None, "随附资料未给出退休人员（70岁以下）的划入额")),
        "account.retiree.retired_70plus": p("yuan_per_month", (START, None, "随附资料未给出退休人员（70岁及以上）的划入额")),
        "lifelong.min_months.male": p("months", (START, 300, LIFE)),
        "lifelong.min_months.female": p("months", (START, 240, LIFE)),
        "lifelong.min_actual_months": p("months", (START, 180, LIFE)),
        "lifelong.backpay_rate": p("percent", (START, None, "随附资料只给出北京的一次性补缴比例；通用档案不作推断")),
        "eligibility.account_frozen_when_owed": p("bool", (START, False, '000 §3、001 §一.1、003 §一.2、004 §一.1: 停缴后个人账户余额可继续使用',
                                                          '001 §四称「因欠费停缴导致账户冻结时，需先缴清欠费」，为部分地区做法')),
        "eligibility.retired_paying_covered": p("bool", (START, True, '《中华人民共和国社会保险法》第二十七条：「未达到国家规定年限的，可以缴费至国家规定年限」；续缴期间统筹基金照常支付为通行做法，以当地规定为准')),
        "rounding.monthly": p("rounding", (START, "half_up_fen", "通行做法：每月金额四舍五入到分；部分地区「见分进角」，可在档案中改为 up_jiao")),
    },
}

BJ = '《北京市基本医疗保险规定》第二十一条（2005年修订）'
BJ22 = '北京市2022年9月1日起职工医保门诊共济保障改革：单位缴费不再划入在职职工个人账户，退休人员按定额划入'
beijing = {
    "schema": "yibao-profile/1",
    "id": "beijing",
    "name": "北京",
    "nameEn": "Beijing",
    "version": "2026.12",
    "inherits": "general",
    "validFrom": START,
    "description": "在通用档案基础上，按北京市公布的规定覆盖个人账户划入和退休一次性补缴比例。",
    "parameters": {
        "account.employer_share.under35": p("percent", (START, "0.8", BJ + ": 不满35周岁按0.8%划入"), ("2022-09-01", "0", BJ22)),
        "account.employer_share.35to44": p("percent", (START, "1", BJ + ": 35周岁以上不满45周岁按1%划入"), ("2022-09-01", "0", BJ22)),
        "account.employer_share.45plus": p("percent", (START, "2", BJ + ": 45周岁以上按2%划入"), ("2022-09-01", "0", BJ22)),
        "account.retiree.retired_under70": p("yuan_per_month", (START, None, "2022年9月以前北京退休人员划入办法未纳入本档案"), ("2022-09-01", "100.00", BJ22 + ": 不满70周岁每月100元")),
        "account.retiree.retired_70plus": p("yuan_per_month", (START, None, "2022年9月以前北京退休人员划入办法未纳入本档案"), ("2022-09-01", "110.00", BJ22 + ": 70周岁以上每月110元")),
        "lifelong.backpay_rate": p("percent",
            (START, "12", '004 相关推荐「北京市退休时补缴医保费用怎么算」: 2020年12月（含）前退休，补缴比例为12%'),
            ("2021-01-01", "11", '004 相关推荐「北京市退休时补缴医保费用怎么算」: 2021年1月（含）后退休，补缴比例调整为11%',
             '004 相关推荐「北京医保退休补缴怎么计算」给出的另一公式文字残缺，不采用')),
    },
}

out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "profiles"
out.mkdir(parents=True, exist_ok=True)
for prof in (general, beijing):
    (out / f"{prof['id']}.json").write_text(json.dumps(prof, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
