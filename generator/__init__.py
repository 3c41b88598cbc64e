"""policygen: an employer's social media policy for social work staff, built from answers and a clause library."""

__version__ = "0.1.0"
