"""Every user-visible string in the code has a Chinese translation, and the compiled
catalogues really turn the interface Chinese."""

from __future__ import annotations

from scripts.translations import missing


def test_every_source_string_has_a_chinese_translation():
    gaps = missing()
    assert gaps == [], "untranslated strings:\n" + "\n".join(f"{c} | {s}" for c, s in gaps)


def test_domain_messages_are_translated_at_run_time(qapp):
    from desktop_app import translations

    translations.install_language("zh_CN")
    assert translations.tr_models("Urgent") == "紧急"
    assert (
        translations.tr_models(
            "A ticket that is \u201c{status}\u201d cannot be {action}.", {"status": "已关闭", "action": "派工"}
        )
        == "处于“已关闭”状态的工单不能派工。"
    )


def test_labels_passed_into_a_domain_message_are_translated_with_it(qapp):
    from desktop_app import translations
    from models.errors import TransitionRefused

    translations.install_language("zh_CN")
    refusal = TransitionRefused(
        "A ticket that is \u201c{status}\u201d cannot be {action}.", status="Closed", action="dispatched"
    )
    from desktop_app.error_presenter import message_for

    assert message_for(refusal) == "处于“已关闭”状态的工单不能派工。"
    assert (
        translations.tr_models("The file {name} cannot be found or read.", {"name": "Closed.jpg"})
        == "找不到或无法读取文件 Closed.jpg。"
    )
