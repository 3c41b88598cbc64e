"""The answers: the model, the facts derived from it, the questionnaire and the answers file."""

from .facts import Facts, derive
from .model import Answers
from .source import AnswersSource, load_answers, parse_answers, read_answers

__all__ = ["Answers", "AnswersSource", "Facts", "derive", "load_answers", "parse_answers", "read_answers"]
