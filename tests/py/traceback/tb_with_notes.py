def validate(age):
    try:
        if age < 0:
            raise ValueError("age must be non-negative")
    except ValueError as e:
        e.add_note(f"validating age={age}")
        e.add_note("called from the signup form")
        raise
validate(-3)
