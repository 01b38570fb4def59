print("start")
import not_a_module_xyz
