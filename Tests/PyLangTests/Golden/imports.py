import os
import os.path
import xml.etree.ElementTree as ET
import collections as c, sys
from queue import Queue, Empty as QueueEmpty
from . import sibling
from ..pkg import thing
from math import *
