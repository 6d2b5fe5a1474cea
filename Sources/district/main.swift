print("district")
