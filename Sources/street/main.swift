print("street")
